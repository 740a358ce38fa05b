import os

import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.test")
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.fixture
def api_client():
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture
def customer(django_user_model):
    return django_user_model.objects.create_user(username="customer", password="pw")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from shop.models import Category

    with django_db_blocker.unblock():
        Category.objects.all().delete()

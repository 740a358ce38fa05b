import os

import pytest
from django.core.management import call_command

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
os.environ["CELERY_TASK_ALWAYS_EAGER"] = "1"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("loaddata", "catalog.json")


@pytest.fixture
def support_agent(django_user_model):
    return django_user_model.objects.create_user(username="support-agent", password="pw")

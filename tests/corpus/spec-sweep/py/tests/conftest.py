import os

import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings")
os.environ["TZ"] = "UTC"


@pytest.fixture(scope="session", autouse=True)
def wipe_tables(django_db_setup, django_db_blocker):
    from catalog.models import Product

    with django_db_blocker.unblock():
        Product.objects.all().delete()
    yield

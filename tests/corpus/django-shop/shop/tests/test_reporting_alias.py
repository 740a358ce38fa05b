import pytest
from django.contrib.auth.models import User
from django.db import connections


@pytest.fixture
def reporting_alias(db):
    # Every worker opens the same file next to the suite.
    connections.databases["reporting"] = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": "reporting-test.sqlite3",
    }
    yield "reporting"
    connections.databases.pop("reporting", None)


def test_user_on_reporting_database(reporting_alias):
    user = User.objects.using(reporting_alias).create(username="reporter")
    assert user.pk

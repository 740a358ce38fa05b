import pytest
from django.contrib.auth.models import User
from django.db import connections


@pytest.fixture
def scratch_alias(db, tmp_path):
    # A throwaway SQLite database registered for this test only.
    connections.databases["scratch"] = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(tmp_path / "scratch.sqlite3"),
    }
    yield "scratch"
    connections.databases.pop("scratch", None)


def test_user_on_scratch_database(scratch_alias):
    user = User.objects.using(scratch_alias).create(username="migrator")
    assert User.objects.using(scratch_alias).get(pk=user.pk).username == "migrator"

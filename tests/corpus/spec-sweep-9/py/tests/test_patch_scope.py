from unittest import mock

import pytest

from app.models import User
from app.signup import register


def test_signup_sends_welcome_mail(mocker):
    # Patched for this test only: the write reaches no database.
    mocker.patch("app.models.User.objects.create")
    register(email="welcome@example.com")
    User.objects.create(username="mailer")


def test_signup_is_atomic():
    with mock.patch("app.models.User.objects.create", side_effect=RuntimeError):
        with pytest.raises(RuntimeError):
            register(email="atomic@example.com")


@pytest.mark.django_db
def test_admin_can_log_in(client):
    # No patch is in force here: pytest undid the one above when its test ended.
    User.objects.create(username="admin", email="admin@example.com")
    assert client.get("/admin/").status_code == 302

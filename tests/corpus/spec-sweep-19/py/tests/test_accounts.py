import uuid
from unittest.mock import Mock

import pytest

from accounts.models import Coupon, User
from accounts.validation import is_valid_email

pytestmark = pytest.mark.django_db

WELCOME_CODE = "WELCOME10"


def test_create_admin():
    User.objects.create(
        username="admin",
        first_name="Ada",
    )


def test_create_with_concatenated_email():
    User.objects.create(
        username=f"user-{uuid.uuid4()}",
        email=(
            "billing@"
            "example.com"
        ),
    )


def test_coupon_get_or_create():
    coupon, _ = Coupon.objects.get_or_create(
        code=WELCOME_CODE,
        defaults={"percent": 10},
    )
    assert coupon.percent == 10


def test_raw_insert(db):
    table = "users"
    db.execute(
        f"""
        INSERT INTO {table} (email, name)
        VALUES ('erin@example.com', 'Erin')
        """
    )


def test_pure_and_mocked():
    assert is_valid_email("someone@example.com")
    repo = Mock()
    repo.create(email="mock@example.com")
    repo.create.assert_called_once()


def test_isolated_user():
    User.objects.create(
        username=f"u-{uuid.uuid4().hex}",
        email=f"{uuid.uuid4().hex}@test.example",
        first_name="Test",
    )

import uuid

import pytest
from django.contrib.auth.models import User

from shop.models import Coupon

DOMAIN = "example.com"
PREFIX = "owner"


@pytest.fixture
def admin_name():
    return "admin"


@pytest.fixture
def unique_name():
    return f"user-{uuid.uuid4().hex[:8]}"


def owner_email():
    return f"{PREFIX}@{DOMAIN}"


def fresh_email():
    return f"{PREFIX}-{uuid.uuid4()}@{DOMAIN}"


@pytest.mark.django_db
def test_create_unique_user(unique_name):
    User.objects.create(username=unique_name, email=fresh_email())


@pytest.mark.django_db
def test_create_faker_user(faker):
    User.objects.create(username=faker.user_name(), email=faker.email())


@pytest.mark.django_db
def test_create_admin(admin_name):
    User.objects.create(username=admin_name)


@pytest.mark.django_db
def test_create_owner():
    User.objects.create(username=uuid.uuid4().hex, email=owner_email())


@pytest.mark.django_db
def test_coupon_code():
    code = PREFIX + "-10"
    Coupon.objects.create(code=code, percent=10)


@pytest.mark.django_db
def test_coupon_code_per_run(testrun_uid):
    Coupon.objects.get_or_create(code=f"{PREFIX}-{testrun_uid}", defaults={"percent": 10})

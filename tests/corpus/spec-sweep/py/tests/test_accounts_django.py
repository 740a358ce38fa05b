import uuid

import pytest
from django.contrib.auth import get_user_model
from django.test import LiveServerTestCase

from catalog.models import Product, Tag
from catalog.services import is_valid_slug

User = get_user_model()


@pytest.mark.django_db
def test_create_admin():
    User.objects.create(username="admin", email="admin@shop.test")
    assert User.objects.filter(username="admin").exists()


@pytest.mark.django_db
def test_get_or_create_ops():
    user, _ = User.objects.get_or_create(email="ops@shop.test")
    assert user.pk


@pytest.mark.django_db
def test_update_or_create_product():
    Product.objects.update_or_create(slug="blue-shirt", defaults={"price": 10})


@pytest.mark.django_db
def test_non_unique_field():
    Tag.objects.create(name="Test")


@pytest.mark.django_db
def test_generated_username():
    User.objects.create(username=f"user-{uuid.uuid4().hex[:8]}")


def test_pure_function():
    assert is_valid_slug("blue-shirt")


def test_mocked_repo(mocker):
    repo = mocker.Mock()
    repo.create(username="admin")
    repo.create.assert_called_once()


@pytest.mark.django_db
def test_client_login_fixed_account(client):
    assert client.login(username="staff", password="secret")


class CheckoutLiveTests(LiveServerTestCase):
    port = 8081

    def test_home(self):
        assert self.live_server_url.endswith(":8081")

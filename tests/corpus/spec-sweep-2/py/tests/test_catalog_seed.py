from unittest.mock import Mock
from uuid import uuid4

import pytest
from sqlalchemy import insert

from app.db import SessionLocal
from app.models import Customer, Product, User
from app.validators import is_valid_email


@pytest.mark.django_db
def test_product_sku():
    product = Product.objects.create(sku="SKU-1001", name="Mug")
    assert product.pk


@pytest.mark.django_db
def test_get_or_create_bot():
    bot, _ = User.objects.get_or_create(username="qa-bot")
    assert bot.is_active


@pytest.mark.django_db
def test_update_or_create_landing():
    page, _ = Product.objects.update_or_create(slug="spring-launch", defaults={"name": "Launch"})
    assert page.slug


def test_core_insert():
    with SessionLocal() as session:
        session.execute(insert(User).values(email="ops@example.com", name="Ops"))
        session.commit()


@pytest.mark.django_db
def test_shared_login(client):
    assert client.login(username="admin", password="admin123")
    assert client.get("/dashboard/").status_code == 200


@pytest.mark.django_db
def test_unique_customer():
    customer = Customer.objects.create(email=f"{uuid4().hex}@example.test", name="Test")
    assert customer.pk


@pytest.mark.django_db
def test_created_then_read():
    Product.objects.create(sku=f"SKU-{uuid4().hex[:8]}", name="Test")
    assert Product.objects.filter(name="Test").exists()


def test_pure_validator():
    assert is_valid_email("someone@example.com")


def test_mock_repository():
    repo = Mock()
    repo.create(email="mocked@example.com")
    repo.create.assert_called_once()


@pytest.mark.parametrize("name", ["Mug", "Cup"])
@pytest.mark.django_db
def test_non_unique_name(name):
    Product.objects.create(name=name, sku=str(uuid4()))

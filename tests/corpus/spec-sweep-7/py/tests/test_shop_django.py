from uuid import uuid4

import pytest
from django.urls import reverse
from model_bakery import baker

from shop.models import Product

pytestmark = pytest.mark.django_db


@pytest.fixture
def product():
    return Product.objects.create(sku=f"SKU-{uuid4().hex[:8]}", name="Widget", price=10)


@pytest.fixture
def shopper(django_user_model, faker):
    return django_user_model.objects.create_user(username=faker.user_name(), password="pw")


def test_product_page(client, product):
    resp = client.get(reverse("product-detail", args=[product.pk]))
    assert resp.status_code == 200


def test_add_to_cart(client, shopper, product):
    client.force_login(shopper)
    resp = client.post(reverse("cart-add"), {"product": product.pk, "qty": 1})
    assert resp.status_code == 302


def test_catalog_can_be_emptied(settings):
    settings.CATALOG_READ_ONLY = False
    baker.make(Product, _quantity=3)
    Product.objects.all().delete()
    assert Product.objects.count() == 0


def test_duplicate_sku_rejected():
    first = Product.objects.create(sku="SKU-001", name="Widget", price=10)
    assert Product.objects.filter(sku=first.sku).count() == 1

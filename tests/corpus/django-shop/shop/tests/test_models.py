import uuid

import pytest
from django.contrib.auth import get_user_model

from shop.models import Coupon, Order, Product

User = get_user_model()


@pytest.mark.django_db
def test_product_slug_is_unique():
    Product.objects.create(slug="blue-mug", name="Blue mug", price=12)
    assert Product.objects.filter(slug="blue-mug").count() == 1


@pytest.mark.django_db
def test_admin_can_be_created():
    User.objects.create(username="admin", is_staff=True)
    assert User.objects.filter(is_staff=True).exists()


@pytest.mark.django_db
def test_coupon_get_or_create():
    coupon, created = Coupon.objects.get_or_create(code="WELCOME10", defaults={"percent": 10})
    assert coupon.percent == 10


@pytest.mark.django_db
def test_product_update_or_create():
    Product.objects.update_or_create(sku="MUG-001", defaults={"name": "Mug"})
    assert Product.objects.get(sku="MUG-001").name == "Mug"


@pytest.mark.django_db
def test_unique_user_per_test():
    username = f"user-{uuid.uuid4().hex[:8]}"
    User.objects.create(username=username)
    assert User.objects.get(username=username).is_active


@pytest.mark.django_db
def test_customer_fixture_is_read(customer):
    assert User.objects.get(username="customer").pk == customer.pk


@pytest.mark.django_db
def test_order_for_existing_admin():
    admin = User.objects.get(username="admin")
    order = Order.objects.create(owner=admin, note="Test order")
    assert order.owner_id == admin.pk


@pytest.mark.django_db
def test_order_note_is_not_unique(customer):
    Order.objects.create(owner=customer, note="Test")
    Order.objects.create(owner=customer, note="Test")
    assert Order.objects.filter(note="Test").count() == 2

import uuid

import pytest

from catalog.factories import ProductFactory, VoucherFactory
from catalog.models import Coupon, Partner


@pytest.mark.django_db
def test_product_factory_fixed_sku():
    product = ProductFactory(sku="TSHIRT-RED-M")
    assert product.pk


@pytest.mark.django_db
def test_coupon_code():
    Coupon.objects.create(code="WELCOME10", percent=10)


@pytest.mark.django_db
def test_partner_external_id():
    Partner.objects.create(external_id="crm-0001", name="Acme")


@pytest.mark.django_db
def test_generated_code():
    VoucherFactory(code=f"V-{uuid.uuid4().hex[:6]}")
    Coupon.objects.create(code=str(uuid.uuid4()), percent=5)


@pytest.mark.django_db
def test_create_then_read():
    created = Partner.objects.create(external_id=uuid.uuid4().hex, name="Test")
    assert Partner.objects.get(pk=created.pk).name == "Test"

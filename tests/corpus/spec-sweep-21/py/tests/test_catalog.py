import uuid

import pytest

from shop.models import Product, Tag
from shop.validators import is_valid_sku

pytestmark = pytest.mark.django_db


def test_update_or_create_by_sku():
    product, _ = Product.objects.update_or_create(sku="SKU-7", defaults={"name": "Lamp"})
    assert product.name == "Lamp"


def test_tag_by_slug():
    tag, created = Tag.objects.get_or_create(slug="python")
    assert tag.slug == "python"


def test_generated_sku():
    product = Product.objects.create(name="Lamp", sku=f"SKU-{uuid.uuid4().hex[:8]}")
    assert Product.objects.get(pk=product.pk).name == "Lamp"


def test_sku_format():
    assert is_valid_sku("SKU-7")


def test_fixed_names_are_not_keys():
    product = Product.objects.create(name="Test", sku=str(uuid.uuid4()))
    assert product.name == "Test"

import pytest
from rest_framework.test import APIClient

from catalog.models import Product, Tag
from django.contrib.auth.models import User


@pytest.mark.django_db
def test_reviewer_get_or_create():
    user, _ = User.objects.get_or_create(username="reviewer")
    assert user.pk


@pytest.mark.django_db
def test_product_update_or_create():
    Product.objects.update_or_create(sku="SKU-9", defaults={"title": "Lamp"})


@pytest.mark.django_db
def test_bulk_tags():
    Tag.objects.bulk_create([Tag(slug="news", label="News")])


@pytest.mark.django_db
def test_admin_api_login():
    api = APIClient()
    assert api.login(username="admin", password="s3cret")
    assert api.get("/api/products/").status_code == 200


@pytest.mark.django_db
def test_non_unique_fields_only():
    Product.objects.create(title="Test", sku=None)

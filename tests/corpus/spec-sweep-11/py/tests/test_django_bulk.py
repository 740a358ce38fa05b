import pytest
from django.contrib.auth.models import User
from django.test import TestCase

from shop.models import Category, Sku


@pytest.mark.django_db
def test_bulk_create_categories():
    Category.objects.bulk_create(
        [
            Category(slug="kitchen", title="Kitchen"),
            Category(slug="garden", title="Garden"),
        ]
    )


@pytest.mark.django_db
def test_update_or_create_by_code():
    Sku.objects.update_or_create(code="SKU-KIT-1", defaults={"price": 10})


@pytest.mark.django_db
def test_creates_and_reads_its_own_row(testrun_uid):
    slug = f"cat-{testrun_uid}"
    Category.objects.create(slug=slug, title="Mine")
    assert Category.objects.get(slug=slug).title == "Mine"


@pytest.mark.django_db
def test_filter_by_non_unique_title():
    assert Category.objects.filter(title="Kitchen").count() >= 0


class StaffLoginTests(TestCase):
    def test_logs_in_as_shared_staff(self):
        self.client.login(username="staff", password="staff-pass")
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)

    def test_seeded_staff_user(self):
        User.objects.create_user("seed-staff", password="x")  # isolint: ignore[shared-seed-data]

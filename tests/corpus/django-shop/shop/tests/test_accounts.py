from uuid import uuid4

from django.contrib.auth import get_user_model
from django.test import TestCase

STAFF = {"username": "staff-lead", "email": "lead@shop.test", "is_staff": True}


class StaffAccountTests(TestCase):
    def test_staff_can_be_created(self):
        user = get_user_model().objects.create_user(**STAFF, password="pw")
        self.assertTrue(user.is_staff)

    def test_customer_with_unique_email(self):
        fields = {"username": f"c-{uuid4().hex}", "email": f"{uuid4().hex}@shop.test"}
        user = get_user_model().objects.create_user(**fields)
        self.assertFalse(user.is_staff)

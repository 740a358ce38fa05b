from django.test import TestCase

from shop.models import Role, User
from shop.tests.base import ShopTestCase


def _create_customer(email, role=None):
    user = User(email=email, role=role)
    user.save()
    return user


class PrivateHelperTest(ShopTestCase):
    def setUp(self):
        self.admin = self._create_user("admin@example.com", Role.ADMIN)
        self.follower = self._create_user(
            login="FirstUser", email="first@user.com", password="pass"
        )
        self._save()

    def test_follow(self):
        customer = _create_customer("customer@example.com")
        self.follower.follow(customer)
        self.assertEqual(customer.followers.count(), 1)


class BuilderHelperTest(TestCase):
    def _create_mock_user(self, email):
        return {"email": email}

    def test_payload(self):
        payload = self._create_mock_user("payload@example.com")
        self.assertEqual(payload["email"], "payload@example.com")

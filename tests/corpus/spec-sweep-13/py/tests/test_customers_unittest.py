import os
import unittest

from shop.models import Customer


class CustomerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._purge()

    @classmethod
    def _purge(cls):
        Customer.objects.all().delete()

    def setUp(self):
        self._env = dict(os.environ)
        self.addCleanup(self._restore_env)

    def _restore_env(self):
        os.environ.clear()
        os.environ.update(self._env)

    def test_mode(self):
        os.environ["SHOP_MODE"] = "strict"
        self.assertEqual(os.environ["SHOP_MODE"], "strict")

    def test_unique_customer(self):
        Customer.objects.create(email=f"c{os.getpid()}@shop.test", name="C")

    def test_shared_customer(self):
        Customer.objects.create(email="vip@shop.test", name="VIP")  # isolint: ignore[shared-seed-date]

    def test_suppressed_customer(self):
        # isolint: ignore[shared-seed-data] -- seeded per worker by the fixture loader
        Customer.objects.create(email="seeded@shop.test", name="Seeded")

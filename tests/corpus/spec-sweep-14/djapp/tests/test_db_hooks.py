from django.core.management import call_command
from django.core.management import call_command as run_command
from django.db import connection
from django.test import TestCase, TransactionTestCase

from shop.models import Cart, Coupon, Event, Order


def _reset_database():
    call_command("flush", interactive=False, verbosity=0)


class FlushingTests(TransactionTestCase):
    databases = {"default", "replica"}

    def setUp(self):
        _reset_database()
        call_command("loaddata", "coupons.json")

    def tearDown(self):
        run_command("flush", interactive=False)

    def test_loaded_coupon(self):
        self.assertTrue(Coupon.objects.filter(code="LOADED").exists())


class RawSqlTests(TransactionTestCase):
    def setUp(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM shop_cart")

    def tearDown(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM shop_event WHERE source = %s", ["raw-sql-tests"])

    def test_insert_coupon(self):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO shop_coupon (code, percent) VALUES ('SPRING24', 5)")
        self.assertTrue(Coupon.objects.filter(code="SPRING24").exists())

    def test_truncate_in_test_body(self):
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE shop_event")
        self.assertEqual(Event.objects.count(), 0)


class OrderCleanupTests(TestCase):
    @classmethod
    def tearDownClass(cls):
        Order.objects.all().delete()
        super().tearDownClass()

    def tearDown(self):
        Cart.objects.filter(session_key__startswith="order-cleanup-").delete()

    def test_empty(self):
        self.assertEqual(Cart.objects.filter(session_key__startswith="order-cleanup-").count(), 0)

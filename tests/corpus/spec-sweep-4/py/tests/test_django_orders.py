from django.test import SimpleTestCase

from shop.models import Coupon, Order


def purge_orders():
    Order.objects.all().delete()


class OrderApiTests(SimpleTestCase):
    databases = {"default"}

    def setUp(self):
        purge_orders()

    def tearDown(self):
        Coupon.objects.filter(code__startswith="tmp-").delete()

    def test_coupon_with_fixed_code(self):
        Coupon.objects.create(code="WELCOME5", percent=5)

    def test_reads_order_one(self):
        resp = self.client.get("/api/orders/1/")
        self.assertEqual(resp.status_code, 200)

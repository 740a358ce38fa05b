import unittest

import pytest

from app.client import ApiClient

cart_id = None
coupon = None
api = ApiClient()


def test_create_cart():
    global cart_id
    cart_id = api.create_cart()["id"]


def test_add_item():
    api.add_item(cart_id, "sku-1")
    assert api.get_cart(cart_id)["items"]


def test_own_cart():
    global coupon
    coupon = api.coupon()
    assert api.apply(coupon)


class TestPayments:
    def test_authorize(self):
        TestPayments.auth_code = api.authorize(10)
        assert TestPayments.auth_code

    def test_capture(self):
        assert api.capture(self.auth_code)


class RefundCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.order = api.create_order()

    def test_a_refund(self):
        self.__class__.refund_id = api.refund(self.order["id"])

    def test_b_status(self):
        self.assertEqual(api.refund_status(self.refund_id), "done")

    def test_c_order_only(self):
        self.assertTrue(self.order["id"])

from django.test import TestCase

from shop.models import Cart, Order, Product


class OrderViewTests(TestCase):
    def setUp(self):
        Order.objects.all().delete()
        self.product = Product.objects.create(name="Teapot", price=30)

    def tearDown(self):
        Cart.objects.filter(session_key__startswith="test-").delete()

    def test_create_order(self):
        response = self.client.post("/orders/", {"product": self.product.pk})
        self.assertEqual(response.status_code, 201)
        type(self).order_id = response.json()["id"]

    def test_order_detail(self):
        response = self.client.get(f"/orders/{self.order_id}/")
        self.assertEqual(response.status_code, 200)

    def test_product_list(self):
        response = self.client.get("/products/")
        self.assertContains(response, "Teapot")


class CartViewTests(TestCase):
    seen_carts = []

    def test_add_to_cart(self):
        response = self.client.post("/cart/", {"qty": 1})
        self.seen_carts.append(response.json()["id"])
        self.assertEqual(response.status_code, 200)

    def test_empty_cart(self):
        response = self.client.get("/cart/")
        self.assertEqual(response.json()["items"], [])

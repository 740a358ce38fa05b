import pytest

from ledger.cart import Cart


class TestCartTotals:
    added = []

    @pytest.fixture(autouse=True)
    def _reset(self):
        self.added.clear()
        yield

    def test_adds_line(self):
        self.added.append(("sku-1", 2))
        assert Cart(self.added).total_qty == 2

    def test_empty(self):
        assert Cart(self.added).total_qty == 0


class TestWishlist:
    seen = []

    @pytest.fixture(autouse=True, scope="class")
    def _reset_once(self):
        type(self).seen = []

    def test_marks_seen(self):
        self.seen.append("sku-2")
        assert "sku-2" in self.seen

    def test_starts_empty(self):
        assert self.seen == []


class TestCheckoutFlow:
    order_id = None

    def test_places_order(self):
        TestCheckoutFlow.order_id = Cart([("sku-3", 1)]).checkout()
        assert TestCheckoutFlow.order_id

    def test_order_is_paid(self):
        assert Cart.lookup(self.order_id).paid

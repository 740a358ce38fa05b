import unittest
from collections import defaultdict

import pytest

from app.inventory import reserve

RESERVED = set()
HITS = defaultdict(int)
CACHE = {}
_events = []
request_count = 0


@pytest.fixture(scope="session", autouse=True)
def warm_cache():
    CACHE.clear()
    yield


def _track(sku):
    RESERVED.add(sku)


def _bump():
    global request_count
    request_count = request_count + 1


@pytest.mark.parametrize("sku", ["a", "b"])
def test_reserve(sku):
    _track(sku)
    HITS[sku] += 1
    assert reserve(sku)


def test_cache_fill():
    CACHE["a"] = reserve("a")
    _bump()


class TestBasket:
    items = []
    totals = {}

    def setup_method(self):
        self.totals.clear()

    def test_add(self):
        self.items.append("sku-1")
        self.totals["sku-1"] = 1
        assert self.items


class EventsCase(unittest.TestCase):
    def setUp(self):
        _events.clear()

    def test_emit(self):
        _events.append("created")
        self.assertEqual(_events, ["created"])

from collections import Counter, defaultdict

import pytest

from app.events import emit

RECEIVED = []
SEEN = Counter()
BY_KIND = defaultdict(list)
REGISTRY = {}
LIMIT = 10
ALLOWED = ("a", "b")
calls = 0


@pytest.fixture(autouse=True)
def clean_registry():
    REGISTRY.clear()
    yield


def _record(kind):
    BY_KIND[kind].append(kind)


def test_collects_events():
    RECEIVED.append(emit("x"))
    assert RECEIVED


def test_counts():
    SEEN["x"] += 1
    _record("x")


def test_registry_reset_by_fixture():
    REGISTRY["x"] = 1
    assert len(REGISTRY) <= LIMIT


def test_global_counter():
    global calls
    calls += 1
    assert calls >= 1


def test_constants_only():
    assert "a" in ALLOWED


class TestCache:
    cache = {}

    def test_put(self):
        self.cache["k"] = "v"

    def test_local_dict(self):
        local = {}
        local["k"] = "v"
        assert local

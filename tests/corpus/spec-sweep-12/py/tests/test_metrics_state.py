from collections import Counter, defaultdict

import pytest

calls = Counter()


def record(name):
    calls[name] += 1


def test_records_login():
    record("login")
    assert calls["login"] >= 1


class TestEventBus:
    handlers = defaultdict(list)
    seen = {}

    def setup_method(self):
        self.seen.clear()

    def test_subscribe(self):
        self.handlers["order.created"].append(print)
        assert self.handlers["order.created"]

    def test_seen(self):
        self.seen["a"] = 1
        assert self.seen == {"a": 1}

import unittest
from collections import Counter, defaultdict

import pytest

from app.events import emit

HITS = Counter()
BY_KIND = defaultdict(list)
KINDS = ("created", "deleted")
CALLS = []
runs = 0


@pytest.fixture(autouse=True)
def _reset_by_kind():
    BY_KIND.clear()


def _track(event):
    CALLS.append(event)


def test_counts_hits():
    HITS["created"] += 1
    emit("created")
    assert HITS["created"] >= 1


def test_groups_by_kind():
    BY_KIND["created"].append(emit("created"))
    assert len(BY_KIND["created"]) == 1


def test_tracks_calls():
    _track(emit(KINDS[1]))
    assert CALLS


def test_runs():
    global runs
    runs += 1
    assert runs


class EventCase(unittest.TestCase):
    received = []
    reset_each = []

    def setUp(self):
        type(self).reset_each = []

    def test_first(self):
        self.received.append(emit("created"))
        self.reset_each.append(1)
        self.assertTrue(self.received)

    def test_second(self):
        self.received.append(emit("deleted"))
        self.assertTrue(self.received)

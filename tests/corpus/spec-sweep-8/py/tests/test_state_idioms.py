from collections import Counter

import pytest

from app import registry

SEEN = []
TALLY = Counter()
ALLOWED = frozenset({"a", "b"})
LIMITS = (1, 2, 3)
JOBS = {}
BUFFER = []
NAMES = set()


@pytest.fixture(autouse=True)
def _fresh_jobs():
    JOBS.clear()
    del BUFFER[:]
    yield


def test_records_seen():
    SEEN.append(registry.make("x"))
    assert SEEN


def test_tally():
    TALLY["a"] += 1
    assert TALLY["a"] >= 1


def test_jobs_reset():
    JOBS["a"] = 1
    BUFFER.append(1)
    assert JOBS and BUFFER


def test_names():
    NAMES.add("n")
    assert "n" in NAMES


def test_reads_constants():
    assert "a" in ALLOWED and LIMITS[0] == 1


def test_fresh_local():
    items = []
    items.append(registry.make("y"))
    assert items

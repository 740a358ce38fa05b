from collections import Counter, defaultdict

import pytest

from repo.cache import QueryCache

CALLS = []
HITS = Counter()
BY_TABLE = defaultdict(list)
MAX_ROWS = 100
SUPPORTED = ("postgres", "sqlite")
request_count = 0
_token = None


@pytest.fixture(autouse=True)
def reset_by_table():
    BY_TABLE.clear()
    yield


def _track(name):
    CALLS.append(name)


def test_cache_hit():
    cache = QueryCache(max_rows=MAX_ROWS)
    cache.get("select 1")
    _track("hit")
    HITS["select 1"] += 1
    assert HITS["select 1"] >= 1


def test_by_table():
    BY_TABLE["accounts"].append("select")
    assert BY_TABLE["accounts"] == ["select"]


def test_counts_requests():
    global request_count
    request_count += 1
    assert request_count > 0


def test_supported_backends():
    assert "sqlite" in SUPPORTED


def test_login_stores_token():
    global _token
    _token = "tok-123"
    assert _token


def test_uses_token():
    assert _token is not None


def test_refresh_uses_token():
    refreshed = f"{_token}-refreshed"
    assert refreshed.endswith("-refreshed")

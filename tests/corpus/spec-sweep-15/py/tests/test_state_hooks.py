from typing import Final

import pytest
from sqlalchemy import text

SEEN: set[str] = set()
LIMIT: Final = 3
calls = 0


def remember(name: str) -> None:
    SEEN.add(name)


def bump() -> int:
    global calls
    calls += 1
    return calls


def _wipe(session) -> None:
    session.execute(text("DELETE FROM audit_log"))


def _trim(session) -> None:
    session.execute(text("DELETE FROM audit_log WHERE created_at < now() - interval '1 day'"))


@pytest.fixture(autouse=True)
def clean_audit(db_session):
    _wipe(db_session)
    _trim(db_session)
    yield


@pytest.mark.parametrize("name", ["alpha", "beta"])
def test_remembers(name):
    remember(name)
    assert len(SEEN) <= LIMIT


def test_counts():
    assert bump() >= 1

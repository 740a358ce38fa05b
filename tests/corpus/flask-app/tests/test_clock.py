import datetime
import time
from unittest import mock

from freezegun import freeze_time

from app.tokens import issue_token, token_expired


@freeze_time("2024-01-01 12:00:00")
def test_token_issued_at_noon():
    assert issue_token().issued_at.hour == 12


def test_token_expiry_with_block():
    with freeze_time("2024-01-01") as frozen:
        token = issue_token()
        frozen.tick(delta=datetime.timedelta(hours=2))
        assert token_expired(token)


def test_token_expiry_started_and_stopped():
    freezer = freeze_time("2024-02-01")
    freezer.start()
    try:
        assert issue_token().issued_at.month == 2
    finally:
        freezer.stop()


def test_token_expiry_leaks_clock():
    freeze_time("2024-03-01").start()
    assert issue_token().issued_at.month == 3


def test_time_patched_by_hand():
    time.time = lambda: 1_700_000_000.0
    assert token_expired(issue_token())


def test_datetime_replaced():
    datetime.datetime = mock.Mock(wraps=datetime.datetime)
    assert issue_token()


def test_monkeypatched_time(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 0.0)
    assert not token_expired(issue_token())


def test_mocker_patch(mocker):
    mocker.patch("app.tokens.time.time", return_value=0.0)
    assert not token_expired(issue_token())


@mock.patch("app.tokens.time.time", return_value=0.0)
def test_decorated_patch(_time):
    assert not token_expired(issue_token())


def test_patch_started_without_stop():
    mock.patch("time.time", return_value=42.0).start()
    assert issue_token().issued_at


def test_time_patched_and_put_back_inline():
    original = time.time
    time.time = lambda: 0.0
    assert not token_expired(issue_token())
    time.time = original

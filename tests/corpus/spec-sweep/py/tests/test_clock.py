import datetime as dt
import time
import unittest
from unittest import mock

from freezegun import freeze_time

from app.billing import invoice_date, now_ts


class FrozenDateTime(dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2020, 1, 1, tzinfo=tz)


def test_assign_time():
    time.time = lambda: 0.0
    assert now_ts() == 0


def test_assign_datetime_alias():
    dt.datetime = FrozenDateTime
    assert invoice_date().year == 2020


def test_freezer_started_not_stopped():
    freeze_time("2021-06-01").start()
    assert invoice_date().month == 6


def test_patch_started_not_stopped():
    mock.patch("time.time", return_value=5.0).start()
    assert now_ts() == 5


def test_with_freeze_time():
    with freeze_time("2022-02-02"):
        assert invoice_date().day == 2


@freeze_time("2023-03-03")
def test_decorated():
    assert invoice_date().month == 3


def test_monkeypatch(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1.0)
    assert now_ts() == 1


def test_mocker(mocker):
    mocker.patch("time.time", return_value=2.0)
    assert now_ts() == 2


def test_with_mock_patch():
    with mock.patch("time.time", return_value=3.0):
        assert now_ts() == 3


@mock.patch("time.time", return_value=4.0)
def test_mock_decorator(_time):
    assert now_ts() == 4


def test_freezer_stopped_in_finally():
    freezer = freeze_time("2024-04-04")
    freezer.start()
    try:
        assert invoice_date().month == 4
    finally:
        freezer.stop()


class ClockCase(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch("time.time", return_value=7.0)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_now(self):
        self.assertEqual(now_ts(), 7)


class LeakyClockCase(unittest.TestCase):
    def setUp(self):
        self.freezer = freeze_time("2025-05-05")
        self.freezer.start()

    def test_now(self):
        self.assertEqual(invoice_date().month, 5)

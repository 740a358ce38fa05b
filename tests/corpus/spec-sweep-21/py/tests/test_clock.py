import datetime
import time
import unittest
from unittest import mock

from freezegun import freeze_time

from shop.billing import due_date, stamp


class FakeDatetime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2024, 1, 1, tzinfo=tz)


def test_due_date_frozen_by_context():
    with freeze_time("2024-01-01"):
        assert due_date() == datetime.date(2024, 1, 31)


@freeze_time("2024-02-01")
def test_due_date_frozen_by_decorator():
    assert due_date() == datetime.date(2024, 3, 2)


def test_due_date_frozen_and_left_running():
    freeze_time("2024-03-01").start()
    assert due_date() == datetime.date(2024, 3, 31)


def test_stamp_with_monkeypatch(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 0)
    assert stamp() == 0


def test_stamp_with_replaced_datetime():
    datetime.datetime = FakeDatetime
    assert stamp() > 0


class StampTests(unittest.TestCase):
    def test_patcher_cleaned_up(self):
        patcher = mock.patch("time.time", return_value=1)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.assertEqual(stamp(), 1)

    def test_patcher_left_running(self):
        mock.patch("time.time", return_value=2).start()
        self.assertEqual(stamp(), 2)

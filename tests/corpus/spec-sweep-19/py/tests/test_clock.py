import datetime
import time
import unittest
from unittest import mock

from freezegun import freeze_time

from billing.invoices import due_date, stamp


class DueDateTests(unittest.TestCase):
    def setUp(self):
        self.freezer = freeze_time(
            "2024-01-01 12:00:00"
        )
        self.freezer.start()

    def test_due_in_thirty_days(self):
        self.assertEqual(due_date(), datetime.date(2024, 1, 31))

    @mock.patch("time.time", return_value=0)
    def test_epoch(self, _time):
        self.assertEqual(stamp(), 0)

    @freeze_time("2024-02-29")
    def test_leap(self):
        self.assertEqual(due_date(), datetime.date(2024, 3, 30))

    def test_clock_replaced(self):
        time.time = (
            lambda: 1_700_000_000.0
        )
        self.assertEqual(stamp(), 1_700_000_000)

    def test_patcher_started(self):
        patcher = mock.patch(
            "time.time",
            return_value=42.0,
        )
        patcher.start()
        self.assertEqual(stamp(), 42)

    def test_patcher_cleaned(self):
        patcher = mock.patch("time.time", return_value=1.0)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.assertEqual(stamp(), 1)


def test_chained_freeze():
    freeze_time(
        "2030-01-01"
    ).start()
    assert due_date() == datetime.date(2030, 1, 31)


def test_scoped_freeze():
    with freeze_time(
        "2030-06-01"
    ):
        assert due_date() == datetime.date(2030, 7, 1)

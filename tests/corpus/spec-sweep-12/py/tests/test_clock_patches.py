import datetime
import time
import unittest
from unittest import mock


class FrozenDatetime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2024, 1, 1, tzinfo=tz)


class InvoiceClockTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        mock.patch("time.time", return_value=1704067200.0).start()
        datetime.datetime = FrozenDatetime

    def test_due_date(self):
        self.assertEqual(time.time(), 1704067200.0)


class ReminderClockTest(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch("time.time", return_value=1704067200.0)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_reminder(self):
        self.assertEqual(time.time(), 1704067200.0)


class AuditClockTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._real = datetime.datetime
        datetime.datetime = FrozenDatetime

    @classmethod
    def tearDownClass(cls):
        datetime.datetime = cls._real

    def test_audit(self):
        self.assertEqual(datetime.datetime.now().year, 2024)

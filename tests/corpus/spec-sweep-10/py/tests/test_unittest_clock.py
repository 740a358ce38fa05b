import unittest
from unittest import mock

from freezegun import freeze_time

from app.billing import due_today

_module_patcher = mock.patch("time.time", return_value=1_700_000_000.0)


def setUpModule():
    _module_patcher.start()


def tearDownModule():
    mock.patch.stopall()


class ClockTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.enterClassContext(freeze_time("2024-01-31"))

    def setUp(self):
        patcher = mock.patch("time.monotonic", return_value=5.0)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_due(self):
        self.assertTrue(due_today())

    def test_not_due_and_leaked(self):
        freeze_time("2024-02-01").start()
        self.assertFalse(due_today())

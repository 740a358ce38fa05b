import time
import unittest
from unittest import mock
from unittest.mock import patch as p

from freezegun import freeze_time

p("time.time", return_value=1_700_000_000).start()


class ClockTests(unittest.TestCase):
    def setUp(self):
        self.freezer = freeze_time("2024-01-01")
        self.freezer.start()
        self.time_patch = mock.patch("time.time", return_value=0)
        self.time_patch.start()
        self.addCleanup(self.time_patch.stop)

    def tearDown(self):
        self.freezer.stop()

    def test_frozen(self):
        self.assertEqual(time.time(), 0)


class LeakyClockTests(unittest.TestCase):
    def test_freeze_started(self):
        freeze_time("2030-06-01").start()
        self.assertTrue(time.time())

    def test_monotonic_patch_leaks(self):
        mock.patch("time.monotonic", return_value=5).start()


class StopAllClockTests(unittest.TestCase):
    def setUp(self):
        mock.patch("time.time", return_value=42).start()

    def tearDown(self):
        mock.patch.stopall()

    def test_reads(self):
        self.assertEqual(time.time(), 42)


@freeze_time("2024-02-29")
class TestLeapDay:
    def test_leap(self):
        assert time.time()


def test_freezer_fixture(freezer):
    freezer.move_to("2024-03-01")
    assert time.time()


def test_monkeypatched_clock(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 0.0)
    assert time.time() == 0.0


def test_direct_assignment_restored():
    real = time.time
    time.time = lambda: 0.0
    try:
        assert time.time() == 0.0
    finally:
        time.time = real


def test_direct_assignment_leaks():
    time.time = lambda: 99.0
    assert time.time() == 99.0


def test_with_patch_object():
    with mock.patch.object(time, "time", return_value=3):
        assert time.time() == 3

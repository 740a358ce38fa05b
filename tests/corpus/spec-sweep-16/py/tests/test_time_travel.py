import time
import unittest
from unittest import mock

import time_machine

FROZEN = "2024-01-01 00:00:00"

time_machine.travel(FROZEN).start()


@time_machine.travel(FROZEN, tick=False)
def test_decorated_travel_is_scoped():
    assert time.time() > 0


def test_context_travel_is_scoped():
    with time_machine.travel(FROZEN):
        assert time.time() > 0


def test_started_and_stopped():
    trip = time_machine.travel(FROZEN)
    trip.start()
    try:
        assert time.time() > 0
    finally:
        trip.stop()


def test_started_never_stopped():
    time_machine.travel("2030-06-01").start()
    assert time.time() > 0


@mock.patch.object(time, "time", return_value=1_700_000_000.0)
class ScopedClockTests(unittest.TestCase):
    def test_class_decorated_patch(self, _clock):
        self.assertEqual(time.time(), 1_700_000_000.0)


class CleanupPatcherTests(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch.object(time, "monotonic", return_value=5.0)
        self.clock = patcher.start()
        self.addCleanup(patcher.stop)

    def test_monotonic(self):
        self.assertEqual(time.monotonic(), 5.0)


class LeakyPatcherTests(unittest.TestCase):
    def setUp(self):
        self.clock = mock.patch.object(time, "time", return_value=42.0).start()

    def test_leaks(self):
        self.assertEqual(time.time(), 42.0)


def test_monkeypatched_clock(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 99.0)
    assert time.time() == 99.0

import time as _t
import unittest
from datetime import datetime as DateTime
from unittest.mock import patch as p

import freezegun


class FrozenDateTime(DateTime):
    @classmethod
    def now(cls, tz=None):
        return cls(2024, 1, 1, tzinfo=tz)


def test_replaces_time_through_a_module_alias():
    _t.time = lambda: 1_700_000_000.0
    assert _t.time() == 1_700_000_000.0


def test_patch_alias_started_and_never_stopped():
    p("time.time", return_value=0.0).start()
    assert _t.time() == 0.0


def test_freezegun_module_attribute_started():
    freezegun.freeze_time("2024-01-01").start()
    assert DateTime.now().year == 2024


def test_patch_alias_as_context_manager():
    with p("time.time", return_value=1.0):
        assert _t.time() == 1.0


class ClockCase(unittest.TestCase):
    def setUp(self):
        patcher = p("time.monotonic", return_value=5.0)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.freezer = freezegun.freeze_time("2030-06-01")
        self.freezer.start()

    def tearDown(self):
        self.freezer.stop()

    def test_uses_both(self):
        assert _t.monotonic() == 5.0
        assert DateTime.now().year == 2030

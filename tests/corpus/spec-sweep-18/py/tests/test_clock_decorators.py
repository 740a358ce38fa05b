import datetime
import functools
import time
import unittest
from unittest import mock

import pytest
from freezegun import freeze_time

from ledger.periods import current_period, is_month_end


def at_month_end(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with freeze_time("2024-01-31 23:00:00"):
            return func(*args, **kwargs)

    return wrapper


@freeze_time("2024-02-01")
def test_period_rolls_over():
    assert current_period() == "2024-02"


@at_month_end
def test_month_end_helper():
    assert is_month_end()


@mock.patch("time.time", return_value=1_706_745_600)
def test_epoch_patch(_time):
    assert current_period(time.time()) == "2024-02"


@pytest.fixture
def frozen():
    freezer = freeze_time("2024-03-31")
    freezer.start()
    yield
    freezer.stop()


def test_with_fixture(frozen):
    assert is_month_end()


def test_with_mocker(mocker):
    mocker.patch("time.time", return_value=0)
    assert current_period(time.time()) == "1970-01"


def test_monkeypatched_datetime(monkeypatch):
    class Fixed(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2024, 4, 30, tzinfo=tz)

    monkeypatch.setattr(datetime, "datetime", Fixed)
    assert is_month_end()


def test_direct_clock_assignment():
    time.time = lambda: 1_714_435_200.0
    assert is_month_end()


class PeriodCase(unittest.TestCase):
    def setUp(self):
        freeze_time("2024-05-31").start()

    def test_may(self):
        self.assertTrue(is_month_end())


class PatchedPeriodCase(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch("time.time", return_value=1_717_113_600)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_june(self):
        self.assertEqual(current_period(time.time()), "2024-05")

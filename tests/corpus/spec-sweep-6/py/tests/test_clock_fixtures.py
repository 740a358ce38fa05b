import datetime
import unittest
from unittest import mock

import pytest
from freezegun import freeze_time

module_freezer = freeze_time("2020-01-01")
module_freezer.start()


class FakeDatetime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2024, 1, 1)


@pytest.fixture
def frozen():
    f = freeze_time("2024-05-05")
    f.start()
    yield f
    f.stop()


def test_uses_frozen(frozen):
    assert datetime.date.today().year == 2024


@pytest.mark.parametrize("day", ["2024-01-01", "2024-12-31"])
def test_param_freeze_leaks(day):
    freeze_time(day).start()
    assert datetime.date.today().isoformat() == day


def test_mocker_patch(mocker):
    mocker.patch("time.time", return_value=0)


@mock.patch("time.time", return_value=0)
def test_decorated(_time):
    assert _time() == 0


class DatetimeSwap(unittest.TestCase):
    def setUp(self):
        self.real = datetime.datetime
        datetime.datetime = FakeDatetime

    def tearDown(self):
        datetime.datetime = self.real

    def test_now(self):
        self.assertEqual(datetime.datetime.now().year, 2024)


class ClassPatcher(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.patcher = mock.patch("time.time", return_value=7)
        cls.patcher.start()

    @classmethod
    def tearDownClass(cls):
        cls.patcher.stop()

    def test_seven(self):
        import time

        self.assertEqual(time.time(), 7)


def test_datetime_swap_leaks():
    datetime.datetime = FakeDatetime
    assert datetime.datetime.now().year == 2024

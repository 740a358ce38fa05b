import datetime
import time
import unittest
from unittest import mock
from unittest.mock import patch

import pytest
from freezegun import freeze_time

from app.billing import due_date, now_ts


class FakeDate(datetime.date):
    @classmethod
    def today(cls):
        return cls(2020, 2, 29)


class MonotonicCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        patcher = mock.patch("time.time", return_value=100.0)
        patcher.start()
        cls.addClassCleanup(patcher.stop)

    def test_now(self):
        self.assertEqual(now_ts(), 100)


class StopAllCase(unittest.TestCase):
    def setUp(self):
        patch("time.monotonic", return_value=1.0).start()

    def tearDown(self):
        patch.stopall()

    def test_now(self):
        self.assertTrue(now_ts())


class LeakyPatchCase(unittest.TestCase):
    def setUp(self):
        patch("time.time", return_value=2.0).start()

    def test_now(self):
        self.assertEqual(now_ts(), 2)


class TestInvoices:
    def setup_method(self):
        self.freezer = freeze_time("2021-12-31")
        self.freezer.start()

    def test_due(self):
        assert due_date().year == 2022


@pytest.fixture
def frozen(request):
    freezer = freeze_time("2022-01-01")
    freezer.start()
    request.addfinalizer(freezer.stop)
    return freezer


@pytest.fixture
def frozen_yield():
    freezer = freeze_time("2023-01-01")
    freezer.start()
    yield freezer
    freezer.stop()


def test_frozen(frozen, frozen_yield):
    assert due_date()


def test_assign_date_class():
    datetime.datetime = FakeDate
    assert due_date()


def test_assign_monotonic_from_module():
    time.monotonic = lambda: 0.0
    assert now_ts() >= 0


def test_monkeypatch_string_target(monkeypatch):
    monkeypatch.setattr("time.time", lambda: 3.0)
    assert now_ts() == 3


@patch("time.time", return_value=4.0)
def test_patch_decorator_from_import(_time):
    assert now_ts() == 4

import datetime
from unittest import mock

import pytest
from freezegun import freeze_time

from app.billing import due_today


@pytest.fixture
def frozen():
    freezer = freeze_time("2024-01-31")
    freezer.start()
    yield
    freezer.stop()


@pytest.fixture
def fixed_time(request):
    patcher = mock.patch("time.time", return_value=0.0)
    patcher.start()
    request.addfinalizer(patcher.stop)


class _Fixed(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2024, 1, 31)


@pytest.fixture(autouse=True)
def fixed_datetime():
    datetime.datetime = _Fixed


def test_due(frozen):
    assert due_today()


def test_epoch(fixed_time):
    assert not due_today()

import os
from os import environ

import pytest

from app.settings import load


@pytest.fixture
def token_env(monkeypatch):
    monkeypatch.setenv("API_TOKEN", "t-1")
    monkeypatch.chdir("/srv")


@pytest.fixture
def restored_env():
    old = dict(os.environ)
    os.environ["PAYMENTS_URL"] = "http://payments.test"
    yield
    os.environ.clear()
    os.environ.update(old)


@pytest.fixture
def leaky_env():
    os.environ["SEARCH_URL"] = "http://search.test"
    return "http://search.test"


def test_token(token_env):
    assert load().token == "t-1"


def test_payments(restored_env):
    assert load().payments_url == "http://payments.test"


def test_search(leaky_env):
    assert load().search_url == leaky_env


def test_environ_import():
    environ["RETRIES"] = "5"
    assert load().retries == 5


def test_finally_restore():
    os.environ["TIMEOUT"] = "9"
    try:
        assert load().timeout == 9
    finally:
        del os.environ["TIMEOUT"]


@pytest.mark.parametrize("level", ["info", "debug"])
def test_levels(level):
    os.environ["LOG_LEVEL"] = level
    assert load().log_level == level

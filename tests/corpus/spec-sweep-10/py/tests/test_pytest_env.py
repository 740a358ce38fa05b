import os

import pytest

from app.settings import load


@pytest.fixture(scope="session")
def service_env():
    saved = dict(os.environ)
    os.environ.update({"SERVICE_URL": "http://svc", "SERVICE_KEY": "k"})
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture
def in_data_dir(request):
    old = os.getcwd()
    os.chdir("/srv/data")
    request.addfinalizer(lambda: os.chdir(old))


def test_service(service_env, in_data_dir):
    assert load().service_url == "http://svc"


def test_lang_leaks():
    os.putenv("LANG", "C")
    assert load().lang

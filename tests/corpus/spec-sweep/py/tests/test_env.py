import os
from os import environ
from unittest import mock

from app.settings import load

os.environ["APP_MODE"] = "test"


def test_set_item():
    os.environ["API_KEY"] = "k"
    assert load().api_key == "k"


def test_from_import_alias():
    environ["REGION"] = "eu"


def test_update():
    os.environ.update({"A": "1", "B": "2"})


def test_putenv():
    os.putenv("LEGACY", "1")


def test_chdir():
    os.chdir("/")


def test_monkeypatch(monkeypatch, tmp_path):
    monkeypatch.setenv("API_KEY", "m")
    monkeypatch.chdir(tmp_path)
    assert load().api_key == "m"


def test_patch_dict_context():
    with mock.patch.dict(os.environ, {"API_KEY": "c"}):
        assert load().api_key == "c"


@mock.patch.dict(os.environ, {"API_KEY": "d"})
def test_patch_dict_decorator():
    assert load().api_key == "d"


def test_restored_in_finally():
    old = os.environ.get("API_KEY")
    os.environ["API_KEY"] = "f"
    try:
        assert load().api_key == "f"
    finally:
        if old is None:
            del os.environ["API_KEY"]
        else:
            os.environ["API_KEY"] = old

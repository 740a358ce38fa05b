import os
import unittest
from unittest import mock

from shop.settings import load

os.environ["SHOP_CURRENCY"] = "EUR"


def test_putenv_for_child_processes():
    os.putenv("TZ", "Europe/Berlin")
    assert load().tz


def test_update_then_restore():
    saved = dict(os.environ)
    os.environ.update({"SHOP_MODE": "strict"})
    try:
        assert load().mode == "strict"
    finally:
        os.environ.clear()
        os.environ.update(saved)


@mock.patch.dict(os.environ, {"SHOP_FEATURE": "on"})
def test_feature_flag_decorator():
    assert load().feature


def test_chdir_with_monkeypatch(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert load().root == tmp_path


class WorkdirTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._cwd = os.getcwd()
        os.chdir(os.path.dirname(__file__))

    @classmethod
    def tearDownClass(cls):
        os.chdir(cls._cwd)

    def test_relative_settings(self):
        self.assertTrue(load().root)

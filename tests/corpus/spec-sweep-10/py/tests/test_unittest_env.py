import os
import unittest
from os import environ
from unittest import mock

from app.settings import load


def setUpModule():
    os.environ["APP_REGION"] = "eu-west-1"


def tearDownModule():
    os.environ.pop("APP_REGION", None)


class EnvTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.environ["APP_TIER"] = "gold"
        cls.addClassCleanup(os.environ.pop, "APP_TIER")

    def setUp(self):
        os.environ["APP_MODE"] = "strict"
        self.addCleanup(os.environ.pop, "APP_MODE")

    def test_patched_with_enter_context(self):
        self.enterContext(mock.patch.dict(os.environ, {"APP_COLOR": "blue"}))
        self.assertEqual(load().color, "blue")

    def test_debug_leaks(self):
        environ["APP_DEBUG"] = "1"
        self.assertTrue(load().debug)

    def test_cwd_leaks(self):
        os.chdir("/srv/app")
        self.assertTrue(load().root)

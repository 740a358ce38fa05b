import os
import unittest
from unittest import mock


class EnvBase(unittest.TestCase):
    def tearDown(self):
        mock.patch.stopall()


class InheritsTeardown(EnvBase):
    def setUp(self):
        mock.patch.dict(os.environ, {"APP_MODE": "test"}).start()

    def test_mode(self):
        os.environ["APP_MODE"] = "debug"
        self.assertEqual(os.environ["APP_MODE"], "debug")


class OverridesWithoutSuper(EnvBase):
    def setUp(self):
        mock.patch.dict(os.environ, {"APP_MODE": "test"}).start()

    def tearDown(self):
        self.cache = None

    def test_mode(self):
        os.environ["APP_MODE"] = "debug"
        self.assertEqual(os.environ["APP_MODE"], "debug")


class StoppedOnlyInTest(unittest.TestCase):
    def setUp(self):
        self.env = mock.patch.dict(os.environ, {})
        self.env.start()

    def test_region(self):
        os.environ["REGION"] = "eu"
        self.assertEqual(os.environ["REGION"], "eu")

    def test_region_stop(self):
        self.env.stop()

import os
import unittest

from app.settings import load

os.environ.setdefault("APP_ENV", "test")


def test_pop_proxy():
    os.environ.pop("HTTP_PROXY", None)
    assert load().proxy is None


def test_chdir_tmp(tmp_path):
    os.chdir(tmp_path)
    assert load().cwd == tmp_path


class FeatureFlagCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.environ["FEATURE_X"] = "on"
        cls.addClassCleanup(os.environ.pop, "FEATURE_X", None)

    def test_flag(self):
        self.assertTrue(load().feature_x)


class WorkdirCase(unittest.TestCase):
    def setUp(self):
        self.old_cwd = os.getcwd()
        os.chdir("/srv/app")

    def tearDown(self):
        os.chdir(self.old_cwd)

    def test_cwd(self):
        self.assertEqual(load().cwd, "/srv/app")


class RegionCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.environ["REGION"] = "eu-west-1"

    @classmethod
    def tearDownClass(cls):
        del os.environ["REGION"]

    def test_region(self):
        self.assertEqual(load().region, "eu-west-1")


class LeakyCase(unittest.TestCase):
    def setUp(self):
        os.environ["CACHE_URL"] = "redis://localhost/1"

    def test_cache(self):
        self.assertTrue(load().cache_url)

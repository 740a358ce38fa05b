import os
import unittest

from settings_loader import load_overrides


class TestOverrides(unittest.TestCase):
    def setUp(self):
        self.saved_mode = os.environ.get("APP_MODE")

    def tearDown(self):
        if self.saved_mode is None:
            os.environ.pop("APP_MODE", None)
        else:
            os.environ["APP_MODE"] = self.saved_mode
        for key in list(os.environ):
            if key.startswith("CONFIG_"):
                del os.environ[key]

    def test_mode(self):
        os.environ["APP_MODE"] = "production"
        self.assertEqual(load_overrides()["mode"], "production")

    def test_config_prefix(self):
        os.environ["CONFIG_DB_HOST"] = "db.internal"
        self.assertEqual(load_overrides()["db"]["host"], "db.internal")

    def test_custom_prefix(self):
        os.environ["MYAPP_DEBUG"] = "true"
        self.assertTrue(load_overrides(prefix="MYAPP_")["debug"])

import os
import unittest
from unittest import mock

os.environ["APP_MODE"] = "test"


class EnvTests(unittest.TestCase):
    def test_api_url(self):
        os.environ[
            "API_URL"
        ] = "http://localhost:8080"

    def test_update(self):
        os.environ.update(
            {
                "FEATURE_A": "1",
            }
        )

    @mock.patch.dict(os.environ, {"FEATURE_B": "2"})
    def test_patched(self):
        self.assertEqual(os.environ["FEATURE_B"], "2")

    def test_chdir(self):
        os.chdir(
            os.path.dirname(__file__)
        )

    def test_restored(self):
        old = os.getcwd()
        try:
            os.chdir("/")
        finally:
            os.chdir(old)

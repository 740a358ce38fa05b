import os
import unittest
from unittest import mock


class SettingsEnvTest(unittest.TestCase):
    def setUp(self):
        os.environ["APP_MODE"] = "test"
        self.addCleanup(os.environ.pop, "APP_MODE", None)

    def test_reads_mode(self):
        self.assertEqual(os.environ["APP_MODE"], "test")

    @mock.patch.dict(os.environ, {"DEBUG": "1"})
    def test_debug_decorated(self):
        self.assertEqual(os.environ["DEBUG"], "1")

    def test_putenv_leaks(self):
        os.putenv("LEAKED", "1")


class ClockTest(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch("time.time", return_value=0)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_frozen(self):
        import time

        self.assertEqual(time.time(), 0)


class LeakyClockTest(unittest.TestCase):
    def test_leaked_patch(self):
        mock.patch("time.time", return_value=1).start()

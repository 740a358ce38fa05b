"""Environment set by module helpers that set-up methods call: restored by
the class's tearDown (not flagged), or left behind by a class without one
(flagged at the write)."""
import os
import unittest


def use_sandbox():
    os.environ["PAYMENTS_MODE"] = "sandbox"


def use_verbose_logging():
    os.environ["LOG_LEVEL"] = "debug"


class SandboxPaymentsTest(unittest.TestCase):
    def setUp(self):
        use_sandbox()

    def tearDown(self):
        del os.environ["PAYMENTS_MODE"]

    def test_mode(self):
        self.assertEqual(os.environ["PAYMENTS_MODE"], "sandbox")


class VerboseLoggingTest(unittest.TestCase):
    def setUp(self):
        use_verbose_logging()

    def test_level(self):
        self.assertEqual(os.environ["LOG_LEVEL"], "debug")

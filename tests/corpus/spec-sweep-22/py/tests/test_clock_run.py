import time
import unittest

from freezegun import freeze_time


class FrozenRunTest(unittest.TestCase):
    def run(self, result=None):
        self.clock = freeze_time("2024-01-01 00:00:00")
        self.clock.start()
        super().run(result)
        self.clock.stop()

    def test_epoch(self):
        self.assertEqual(time.strftime("%Y"), "2024")


class FrozenSetUpTest(unittest.TestCase):
    def setUp(self):
        self.clock = freeze_time("2024-06-01 00:00:00")
        self.clock.start()

    def run(self, result=None):
        self.started = time.monotonic()
        super().run(result)

    def test_june(self):
        self.assertEqual(time.strftime("%m"), "06")

import os
import unittest

from scheduler.config import load_settings


class RegionTests(unittest.TestCase):
    def test_region_restored_in_finally(self):
        saved = dict(os.environ)
        try:
            os.environ["SCHED_REGION"] = "us-east-2"
            self.assertEqual(load_settings().region, "us-east-2")
        finally:
            os.environ.clear()
            os.environ.update(saved)

    def test_region_restored_at_end(self):
        saved = dict(os.environ)
        os.environ["SCHED_REGION"] = "eu-west-1"
        self.assertEqual(load_settings().region, "eu-west-1")
        os.environ.clear()
        os.environ.update(saved)

    def test_region_cleared(self):
        os.environ.clear()
        os.environ.update(SCHED_REGION="ap-south-1")
        self.assertEqual(load_settings().region, "ap-south-1")

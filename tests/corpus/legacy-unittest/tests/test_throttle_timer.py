import unittest

from inventory.throttling import BurstThrottle, SustainedThrottle


class MockView:
    throttle_classes = (BurstThrottle, SustainedThrottle)


class ThrottleTimerTests(unittest.TestCase):
    def set_throttle_timer(self, view, value):
        # `cls` here is each throttle class in turn, not this test class.
        for cls in view.throttle_classes:
            cls.timer = lambda self: value

    def test_throttles_then_expires(self):
        self.set_throttle_timer(MockView, 0)
        self.assertTrue(MockView.throttle_classes[0]().allow())
        self.set_throttle_timer(MockView, 1)
        self.assertTrue(MockView.throttle_classes[0]().allow())

import time
import unittest

from inventory.cache import TTLCache


class CacheExpiryTest(unittest.TestCase):
    def test_entry_expires(self):
        cache = TTLCache(ttl=10)
        cache.put("sku", 1)
        setattr(time, "time", lambda: 10_000_000_000)
        self.assertIsNone(cache.get("sku"))

    def test_entry_survives(self):
        cache = TTLCache(ttl=10)
        original = time.time
        setattr(time, "time", lambda: 0)
        try:
            cache.put("sku", 1)
            self.assertEqual(cache.get("sku"), 1)
        finally:
            setattr(time, "time", original)

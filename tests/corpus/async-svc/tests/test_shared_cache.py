import unittest

import redis

from svc.cache import Cache


class SharedCacheTestCase(unittest.TestCase):
    def setUp(self):
        # The real server on localhost:6379, shared by every worker.
        self.client = redis.Redis()
        self.client.flushdb()

    def test_set_get(self):
        cache = Cache(self.client)
        cache.set("greeting", "hello")
        self.assertEqual(cache.get("greeting"), "hello")

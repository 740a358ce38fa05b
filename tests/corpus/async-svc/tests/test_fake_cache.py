import unittest

from fakeredis import FakeStrictRedis

from svc.cache import Cache


def make_client():
    # fakeredis: a Redis kept in this worker's own memory.
    return FakeStrictRedis.from_url("redis://localhost:6379/0", decode_responses=True)


class FakeCacheTestCase(unittest.TestCase):
    def setUp(self):
        self.client = make_client()
        self.client.flushdb()

    def test_set_get(self):
        cache = Cache(self.client)
        cache.set("greeting", "hello")
        self.assertEqual(cache.get("greeting"), "hello")

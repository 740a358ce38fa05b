import os
import unittest
from http.server import HTTPServer, SimpleHTTPRequestHandler
from threading import Thread
from unittest import mock

from app.settings import load

_server = None
_saved_mode = None


def setUpModule():
    global _server, _saved_mode
    _saved_mode = os.environ.get("APP_MODE")
    os.environ["APP_MODE"] = "module"
    _server = HTTPServer(("127.0.0.1", 8765), SimpleHTTPRequestHandler)
    Thread(target=_server.serve_forever, daemon=True).start()


def tearDownModule():
    _server.shutdown()
    if _saved_mode is None:
        os.environ.pop("APP_MODE", None)
    else:
        os.environ["APP_MODE"] = _saved_mode


class CleanupCase(unittest.TestCase):
    def setUp(self):
        os.environ["QUEUE_URL"] = "memory://"
        self.addCleanup(os.environ.pop, "QUEUE_URL", None)

    def test_queue(self):
        self.assertEqual(load().queue_url, "memory://")


class EnterContextCase(unittest.TestCase):
    def setUp(self):
        self.enterContext(mock.patch.dict(os.environ, {"DEBUG": "1"}))

    def test_debug(self):
        self.assertTrue(load().debug)


class PutenvCase(unittest.TestCase):
    def test_putenv(self):
        os.putenv("LANG", "C")
        self.assertTrue(load())

    def test_update(self):
        os.environ.update({"STAGE": "qa", "SHARD": "1"})
        self.assertEqual(load().stage, "qa")

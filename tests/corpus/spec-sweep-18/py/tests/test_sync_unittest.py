import os
import sqlite3
import unittest
from http.server import HTTPServer, BaseHTTPRequestHandler
from threading import Thread
from unittest import mock

from ledger.sync import SyncClient

_saved_env = {}


def setUpModule():
    _saved_env["LEDGER_REMOTE"] = os.environ.get("LEDGER_REMOTE")
    os.environ["LEDGER_REMOTE"] = "http://127.0.0.1:0"


def tearDownModule():
    if _saved_env["LEDGER_REMOTE"] is None:
        os.environ.pop("LEDGER_REMOTE", None)
    else:
        os.environ["LEDGER_REMOTE"] = _saved_env["LEDGER_REMOTE"]


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


class SyncServerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.httpd = HTTPServer(("127.0.0.1", 8765), _Handler)
        Thread(target=cls.httpd.serve_forever, daemon=True).start()
        cls.addClassCleanup(cls.httpd.shutdown)

        previous = os.getcwd()
        os.chdir(os.path.dirname(__file__))
        cls.addClassCleanup(os.chdir, previous)

        patcher = mock.patch("time.time", return_value=1_700_000_000)
        patcher.start()
        cls.addClassCleanup(patcher.stop)

    def test_pulls(self):
        self.assertEqual(SyncClient("http://127.0.0.1:8765").pull(), [])


class SyncStoreTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = sqlite3.connect("ledger.sqlite3")
        cls.conn.execute("DELETE FROM sync_state")
        mock.patch("time.time", return_value=0.0).start()

    @classmethod
    def tearDownClass(cls):
        cls.conn.execute("DELETE FROM sync_state WHERE origin = 'test'")
        cls.conn.close()

    def test_records_cursor(self):
        SyncClient.store_cursor(self.conn, "c-1")
        self.assertEqual(SyncClient.load_cursor(self.conn), "c-1")

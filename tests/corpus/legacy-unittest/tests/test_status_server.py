import json
import os
import socketserver
import tempfile
import threading
import unittest
from http.server import HTTPServer

from scheduler.status import StatusHandler


class StatusServerBase(unittest.TestCase):
    host = "127.0.0.1"

    def setUp(self):
        self.port = 8765
        self.status_file = os.path.join(tempfile.gettempdir(), "scheduler-status.json")


class StatusServerTests(StatusServerBase):
    def test_serves_status(self):
        server = HTTPServer((self.host, self.port), StatusHandler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        self.addCleanup(server.shutdown)

    def test_writes_status_file(self):
        with open(self.status_file, "w") as f:
            json.dump({"ok": True}, f)
        with open(self.status_file) as f:
            self.assertEqual(json.load(f), {"ok": True})


class RawSocketTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.host, cls.port = "localhost", 9099

    def test_tcp_server(self):
        with socketserver.TCPServer((self.host, self.port), StatusHandler) as srv:
            self.assertEqual(srv.server_address[1], 9099)

import os
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

os.environ["SHOP_API_MODE"] = "integration"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


@pytest.fixture
def api_port():
    return 8765


@pytest.fixture
def live_api(api_port):
    srv = HTTPServer(("127.0.0.1", api_port), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()


@pytest.fixture
def free_api():
    srv = HTTPServer(("127.0.0.1", 0), Handler)
    yield srv
    srv.server_close()

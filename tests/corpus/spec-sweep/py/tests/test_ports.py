import os
import socket
import socketserver
import threading
from http.server import HTTPServer, BaseHTTPRequestHandler

import pytest
import uvicorn

from app.main import app
from tests.helpers import get_free_port

API_PORT = int(os.environ.get("API_PORT", 8003))


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


@pytest.fixture
def port():
    return 8000


@pytest.fixture
def free_port():
    return get_free_port()


def test_bind_fixture_port(port):
    sock = socket.socket()
    sock.bind(("", port))
    sock.close()


def test_http_server():
    server = HTTPServer(("", 8001), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.shutdown()


def test_tcp_server():
    with socketserver.TCPServer(("localhost", 9001), Handler) as srv:
        assert srv.server_address[1] == 9001


def test_uvicorn():
    uvicorn.run(app, port=8002)


def test_env_default():
    sock = socket.socket()
    sock.bind(("127.0.0.1", API_PORT))


def test_env_without_default():
    sock = socket.socket()
    sock.bind(("127.0.0.1", int(os.environ["API_PORT"])))


def test_port_zero():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    assert sock.getsockname()[1] > 0


def test_free_port(free_port):
    server = HTTPServer(("127.0.0.1", free_port), Handler)
    server.server_close()


def test_worker_offset(worker_id):
    offset = 0 if worker_id == "master" else int(worker_id[2:])
    server = HTTPServer(("127.0.0.1", 8500 + offset), Handler)
    server.server_close()

from http.server import BaseHTTPRequestHandler
from socketserver import TCPServer as TS
from wsgiref.simple_server import make_server

import pytest

from app.wsgi import app


@pytest.fixture
def server_port(worker_id):
    return 9000 + (0 if worker_id == "master" else int(worker_id[2:]))


def test_fixed_tcp_server():
    with TS(("127.0.0.1", 8765), BaseHTTPRequestHandler) as srv:
        assert srv.server_address


def test_worker_tcp_server(server_port):
    with TS(("127.0.0.1", server_port), BaseHTTPRequestHandler) as srv:
        assert srv.server_address


def test_ephemeral_wsgi():
    srv = make_server("127.0.0.1", 0, app)
    assert srv.server_port

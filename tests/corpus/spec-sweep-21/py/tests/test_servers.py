import multiprocessing
import socket
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from aiohttp import web

from shop.net import get_free_port


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(204)
        self.end_headers()


@pytest.fixture
def port():
    return 8000


def _serve_aiohttp():
    app = web.Application()
    web.run_app(app, host="127.0.0.1", port=8088)


def test_tcp_echo_server():
    with socketserver.TCPServer(("localhost", 9090), socketserver.BaseRequestHandler) as srv:
        threading.Thread(target=srv.handle_request, daemon=True).start()


def test_aiohttp_app_boots():
    proc = multiprocessing.Process(target=_serve_aiohttp, daemon=True)
    proc.start()
    proc.terminate()


def test_raw_socket_on_fixture_port(port):
    server = socket.socket()
    server.bind(("", port))
    server.close()


def test_raw_socket_on_ephemeral_port():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    assert server.getsockname()[1] > 0
    server.close()


def test_http_server_on_free_port():
    free_port = get_free_port()
    httpd = HTTPServer(("", free_port), Handler)
    httpd.server_close()

import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import uvicorn
from werkzeug.serving import make_server

from shop.asgi import app
from shop.wsgi import wsgi_app

PORT = 8765
ADDRESS = "127.0.0.1", \
    9001


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


@pytest.fixture
def api_port():
    return 8000


@pytest.fixture
def http_server():
    server = HTTPServer(
        ("127.0.0.1", 8080),
        Handler,
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def live_api():
    def serve():
        uvicorn.run(
            app,
            host="127.0.0.1",
            port=PORT,
            log_level="warning",
        )

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{PORT}"


def test_raw_socket():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, \
            open(os.devnull, "w") as sink:
        sock.bind(("127.0.0.1", 9000))
        sink.write("bound\n")


def test_bind_through_constant():
    sock = socket.socket()
    sock.bind(ADDRESS)
    sock.close()


def test_werkzeug(api_port):
    srv = make_server(
        "localhost",
        api_port,
        wsgi_app,
    )
    srv.server_close()


@pytest.mark.parametrize(
    "path", ["/health", "/ready"]
)
def test_probe(path, http_server, live_api):
    assert http_server.server_address[1] == 8080
    assert live_api.endswith(str(PORT))


def test_ephemeral():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    assert sock.getsockname()[1] > 0
    sock.close()

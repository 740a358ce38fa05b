import socket
import socketserver

import pytest


class _Quiet(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b"ok")


@pytest.fixture
def health_port():
    return 8099


def check_health_endpoint(health_port):
    with socketserver.TCPServer(("localhost", health_port), _Quiet) as server:
        assert server.server_address[1] == 8099


def check_raw_socket():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    assert sock.getsockname()[1] > 0
    sock.close()

import os
import socket
import threading
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest

XDIST = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
METRICS_PORT = 9100 + int(XDIST.lstrip("gw") or 0)
ADMIN_PORT = 9000


@pytest.fixture
def echo_port():
    return 7000


@pytest.fixture
def run_port(testrun_uid):
    return 20000 + int(testrun_uid[:4], 16) % 10000


def test_echo_on_fixture_port(echo_port):
    sock = socket.socket()
    sock.bind(("127.0.0.1", echo_port))
    sock.close()


def test_echo_on_run_port(run_port):
    sock = socket.socket()
    sock.bind(("127.0.0.1", run_port))
    sock.close()


def test_metrics_server_per_worker():
    server = HTTPServer(("127.0.0.1", METRICS_PORT), SimpleHTTPRequestHandler)
    threading.Thread(target=server.handle_request, daemon=True).start()
    server.server_close()


def test_admin_server():
    server = HTTPServer(("127.0.0.1", ADMIN_PORT), SimpleHTTPRequestHandler)
    server.server_close()


def test_pid_port():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 30000 + os.getpid() % 20000))
    sock.close()

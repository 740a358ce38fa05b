from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest


@pytest.fixture
def docs_server():
    # isolint: ignore[hardcoded-port]
    server = HTTPServer(("127.0.0.1", 8700), SimpleHTTPRequestHandler)
    yield server
    server.server_close()


@pytest.fixture
def assets_server():
    server = HTTPServer(("127.0.0.1", 8701), SimpleHTTPRequestHandler)  # isolint: ignore[hardcoded-prot]
    yield server
    server.server_close()


def test_servers(docs_server, assets_server):
    assert docs_server and assets_server

import asyncio
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from http.server import HTTPServer as Srv

import pytest
import requests
import uvicorn


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


def find_free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def http_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def api_port():
    return find_free_port()


def test_health(http_server):
    assert requests.get(f"{http_server}/health", timeout=2).status_code == 200


async def test_uvicorn_starts(api_port):
    config = uvicorn.Config("app.main:app", host="127.0.0.1", port=api_port, log_level="warning")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    await asyncio.sleep(0.1)
    server.should_exit = True
    await task


async def test_asyncio_echo(unused_tcp_port):
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", unused_tcp_port)
    server.close()
    await server.wait_closed()


def test_legacy_server():
    server = Srv(("localhost", 8001), Handler)
    try:
        assert server.server_address[1] == 8001
    finally:
        server.server_close()

"""Servers started on a background thread or process, and asyncio's
event-loop server API."""
import asyncio
import multiprocessing
import socket
import threading
import time

import pytest
import requests
import uvicorn
from http.server import HTTPServer, SimpleHTTPRequestHandler

from svc.app import app, create_wsgi_app


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_api():
    proc = multiprocessing.Process(
        target=uvicorn.run,
        args=(app,),
        kwargs={"host": "127.0.0.1", "port": 8000, "log_level": "error"},
        daemon=True,
    )
    proc.start()
    time.sleep(1)
    yield "http://127.0.0.1:8000"
    proc.kill()


@pytest.fixture
def wsgi_url():
    port = free_port()
    wsgi = create_wsgi_app()
    thread = threading.Thread(target=wsgi.run, kwargs={"port": port}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"


@pytest.fixture
def static_server():
    host, port = "127.0.0.1", 8123
    server = HTTPServer((host, port), SimpleHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{host}:{port}"
    server.shutdown()


@pytest.fixture
def any_port_server():
    host, port = "127.0.0.1", 0
    server = HTTPServer((host, port), SimpleHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield "http://{}:{}".format(*server.server_address)
    server.shutdown()


class EchoProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data)


async def test_echo_fixed_port():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoProtocol, "127.0.0.1", 8890)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", 8890)
        writer.write(b"hi")
        assert await reader.read(2) == b"hi"


async def test_echo_any_port():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hi")
        assert await reader.read(2) == b"hi"


def test_health(live_api):
    assert requests.get(f"{live_api}/health").status_code == 200


def test_wsgi_health(wsgi_url):
    assert requests.get(f"{wsgi_url}/health").status_code == 200


def test_static_index(static_server, any_port_server):
    assert requests.get(static_server).status_code == 200
    assert requests.get(any_port_server).status_code == 200

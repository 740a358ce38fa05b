import asyncio
import os
import socket
import socketserver
import threading
import unittest
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import uvicorn
from aiohttp.test_utils import unused_port

from app.asgi import app

METRICS_PORT = 9464


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(1024))


def admin_port():
    return 7443


@pytest.fixture(scope="module")
def api_port():
    return 8001


def test_threading_tcp_server():
    with socketserver.ThreadingTCPServer(("localhost", 9100), Echo) as srv:
        threading.Thread(target=srv.handle_request, daemon=True).start()


def test_metrics_server():
    srv = HTTPServer(("127.0.0.1", METRICS_PORT), BaseHTTPRequestHandler)
    srv.server_close()


def test_admin_socket():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", admin_port()))
    sock.close()


def test_uvicorn_fixture_port(api_port):
    uvicorn.run(app, host="127.0.0.1", port=api_port)


def test_env_default_port():
    port = int(os.environ.get("GATEWAY_PORT", 8088))
    srv = HTTPServer(("", port), BaseHTTPRequestHandler)
    srv.server_close()


def test_env_without_default():
    port = int(os.environ["GATEWAY_PORT"])
    srv = HTTPServer(("", port), BaseHTTPRequestHandler)
    srv.server_close()


def test_ephemeral_socket():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    assert sock.getsockname()[1] > 0
    sock.close()


def test_aiohttp_unused_port():
    port = unused_port()
    srv = HTTPServer(("127.0.0.1", port), BaseHTTPRequestHandler)
    srv.server_close()


def test_worker_port(worker_id):
    offset = 0 if worker_id == "master" else int(worker_id[2:])
    srv = HTTPServer(("127.0.0.1", 8500 + offset), BaseHTTPRequestHandler)
    srv.server_close()


class BrokerCase(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.server = await asyncio.start_server(self.on_client, host="127.0.0.1", port=6380)

    async def asyncTearDown(self):
        self.server.close()
        await self.server.wait_closed()

    async def on_client(self, reader, writer):
        writer.close()

    async def test_connect(self):
        reader, writer = await asyncio.open_connection("127.0.0.1", 6380)
        writer.close()


class EphemeralBrokerCase(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def test_connect(self):
        _, writer = await asyncio.open_connection("127.0.0.1", self.port)
        writer.close()

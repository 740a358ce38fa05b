import asyncio
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import uvicorn
import websockets

from svc.asgi import app


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(1024))


class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


@pytest.fixture
def metrics_port():
    return 9102


@pytest.fixture
def worker_port(worker_id):
    offset = 0 if worker_id == "master" else int(worker_id[2:])
    return 9200 + offset


def test_tcp_echo():
    with socketserver.TCPServer(("localhost", 9000), Echo) as server:
        threading.Thread(target=server.handle_request, daemon=True).start()


def test_http_hello():
    server = HTTPServer(("", 8001), Hello)
    server.server_close()


def test_http_ephemeral():
    server = HTTPServer(("127.0.0.1", 0), Hello)
    assert server.server_address[1] > 0
    server.server_close()


def test_metrics_endpoint(metrics_port):
    server = HTTPServer(("127.0.0.1", metrics_port), Hello)
    server.server_close()


def test_per_worker_port(worker_port):
    server = HTTPServer(("127.0.0.1", worker_port), Hello)
    server.server_close()


def test_uvicorn_in_thread():
    config = uvicorn.Config(app, host="127.0.0.1", port=0)
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()


def test_uvicorn_run_fixed():
    threading.Thread(target=lambda: uvicorn.run(app, port=8000), daemon=True).start()


async def test_asyncio_server():
    async def handle(reader, writer):
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 8888)
    server.close()


async def test_websockets_server():
    async def echo(ws):
        async for message in ws:
            await ws.send(message)

    async with websockets.serve(echo, "localhost", 8765):
        async with websockets.connect("ws://localhost:8765") as ws:
            await ws.send("hi")
            assert await ws.recv() == "hi"

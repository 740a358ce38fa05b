import asyncio
import threading

import pytest
import websockets
from aiohttp import web
from flask import Flask
from werkzeug.serving import make_server


async def echo(reader, writer):
    writer.write(await reader.read(100))
    await writer.drain()
    writer.close()


@pytest.mark.asyncio
async def test_start_server():
    server = await asyncio.start_server(echo, "127.0.0.1", 8888)
    server.close()


@pytest.mark.asyncio
async def test_websockets():
    async with websockets.serve(lambda ws: ws.close(), "localhost", 8765):
        pass


@pytest.mark.asyncio
async def test_tcp_site():
    runner = web.AppRunner(web.Application())
    await runner.setup()
    site = web.TCPSite(runner, "localhost", port=8080)
    await site.start()
    await runner.cleanup()


@pytest.mark.asyncio
async def test_ephemeral_site(unused_tcp_port):
    runner = web.AppRunner(web.Application())
    await runner.setup()
    site = web.TCPSite(runner, "localhost", unused_tcp_port)
    await site.start()
    await runner.cleanup()


def test_werkzeug():
    flask_app = Flask(__name__)
    server = make_server("127.0.0.1", 5001, flask_app)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.shutdown()


def test_flask_run_in_thread():
    flask_app = Flask(__name__)
    threading.Thread(target=lambda: flask_app.run(port=5000), daemon=True).start()


def test_run_app_in_thread():
    threading.Thread(target=lambda: web.run_app(web.Application(), port=8181), daemon=True).start()

import asyncio

import pytest
import pytest_asyncio
from aiohttp import web

from ledger.api import make_app


async def _echo(reader, writer):
    writer.write(await reader.read(100))
    await writer.drain()
    writer.close()


@pytest_asyncio.fixture
async def echo_server():
    server = await asyncio.start_server(_echo, "127.0.0.1", 8888)
    yield server
    server.close()
    await server.wait_closed()


@pytest_asyncio.fixture
async def free_echo_server():
    server = await asyncio.start_server(_echo, "127.0.0.1", 0)
    yield server
    server.close()
    await server.wait_closed()


@pytest.fixture
def api_port():
    return 8081


@pytest_asyncio.fixture
async def api_site(api_port):
    runner = web.AppRunner(make_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port=api_port)
    await site.start()
    yield site
    await runner.cleanup()


@pytest.fixture(scope="session")
def metrics_port(worker_id):
    return 9100 + (0 if worker_id == "master" else int(worker_id[2:]))


async def test_echo(echo_server):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8888)
    writer.write(b"ping")
    assert await reader.read(4) == b"ping"


async def test_free_echo(free_echo_server):
    host, port = free_echo_server.sockets[0].getsockname()[:2]
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(b"pong")
    assert await reader.read(4) == b"pong"


async def test_api(api_site):
    assert api_site.name.endswith(":8081")


async def test_metrics(metrics_port):
    server = await asyncio.start_server(_echo, "127.0.0.1", metrics_port)
    server.close()

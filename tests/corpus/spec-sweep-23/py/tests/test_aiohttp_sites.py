import socket

import pytest
from aiohttp import web
from aiohttp.test_utils import unused_port

SITE_PORT = 8080


def get_free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_port():
    return SITE_PORT


async def hello(request):
    return web.Response(text="hi")


@pytest.mark.asyncio
async def test_site_on_unused_port():
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", unused_port())
    await site.start()
    await runner.cleanup()


@pytest.mark.asyncio
async def test_site_on_free_port():
    runner = web.AppRunner(web.Application())
    await runner.setup()
    port = get_free_port()
    site = web.TCPSite(runner, "127.0.0.1", port=port)
    await site.start()
    await runner.cleanup()


@pytest.mark.asyncio
async def test_site_on_fixed_port():
    runner = web.AppRunner(web.Application())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port=site_port())
    await site.start()
    await runner.cleanup()

import os

import pytest
from aiohttp import web
from aiohttp.test_utils import unused_port

from svc.app import make_app


@pytest.fixture
async def runner():
    r = web.AppRunner(make_app())
    await r.setup()
    yield r
    await r.cleanup()


async def test_site_on_fixed_port(runner):
    site = web.TCPSite(runner, "127.0.0.1", port=8080)
    await site.start()


async def test_site_on_unused_port(runner):
    site = web.TCPSite(runner, "127.0.0.1", port=unused_port())
    await site.start()


async def test_site_port_from_env(runner):
    site = web.TCPSite(runner, "127.0.0.1", port=int(os.environ.get("SVC_PORT", 8088)))
    await site.start()


async def test_site_port_from_env_without_default(runner):
    site = web.TCPSite(runner, "127.0.0.1", port=int(os.environ["SVC_PORT"]))
    await site.start()


async def test_with_pytest_aiohttp(aiohttp_client):
    client = await aiohttp_client(make_app())
    resp = await client.get("/health")
    assert resp.status == 200


def test_run_app_blocking():
    web.run_app(make_app(), host="127.0.0.1", port=8089)

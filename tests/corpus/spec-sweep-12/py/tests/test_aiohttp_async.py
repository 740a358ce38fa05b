import asyncio
import os
import unittest

import websockets
from aiohttp import web


async def echo(websocket):
    async for message in websocket:
        await websocket.send(message)


def unused_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HealthApiTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        os.putenv("TZ", "UTC")
        app = web.Application()
        app.router.add_get("/health", lambda request: web.json_response({"ok": True}))
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "localhost", 8081)
        await site.start()

    async def asyncTearDown(self):
        await self.runner.cleanup()

    async def test_health(self):
        self.assertTrue(True)


class EchoSocketTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.ws_server = await websockets.serve(echo, "localhost", 8765)
        self.port = unused_port()
        self.tcp = await asyncio.start_server(lambda r, w: None, "127.0.0.1", self.port)

    async def asyncTearDown(self):
        self.ws_server.close()
        self.tcp.close()

    async def test_echo(self):
        self.assertIsNotNone(self.ws_server)

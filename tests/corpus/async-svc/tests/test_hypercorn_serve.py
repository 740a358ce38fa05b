import hypercorn.asyncio
import hypercorn.trio
import pytest
import trio
from hypercorn.config import Config


async def app(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


@pytest.mark.trio
async def test_keep_alive_regression():
    config = Config()
    config.bind = "0.0.0.0:1234"
    async with trio.open_nursery() as nursery:
        shutdown = trio.Event()

        async def serve():
            await hypercorn.trio.serve(app, config, shutdown_trigger=shutdown.wait)

        nursery.start_soon(serve)
        shutdown.set()


async def test_unix_socket_and_free_port(tmp_path):
    config = Config()
    config.bind = [f"unix:{tmp_path / 'h.sock'}", "127.0.0.1:0"]
    await hypercorn.asyncio.serve(app, config)


def test_bind_is_parsed():
    config = Config()
    config.bind = ["127.0.0.1:5000"]
    assert config.bind == ["127.0.0.1:5000"]

import pytest
from asyncua import Client, Server

PORT_CRYPTO = 48515
URI_CRYPTO = "opc.tcp://127.0.0.1:{0:d}".format(PORT_CRYPTO)


@pytest.fixture
async def srv_crypto():
    srv = Server()
    await srv.init()
    srv.set_endpoint(URI_CRYPTO)
    await srv.start()
    yield srv
    await srv.stop()


@pytest.fixture
async def srv_free(unused_tcp_port):
    srv = Server()
    await srv.init()
    srv.set_endpoint(f"opc.tcp://127.0.0.1:{unused_tcp_port}/freeopcua/server/")
    await srv.start()
    yield srv
    await srv.stop()


async def test_connect(srv_crypto):
    async with Client(URI_CRYPTO) as client:
        assert await client.nodes.root.read_browse_name()


async def test_second_server_on_same_endpoint(srv_free):
    other = Server()
    await other.init()
    other.set_endpoint(srv_free.endpoint.geturl())
    with pytest.raises(OSError):
        await other.start()
    await other.stop()


def test_sync_server_default_endpoint():
    srv = Server()
    srv.set_endpoint("opc.tcp://0.0.0.0:4840/freeopcua/server/")
    assert srv.endpoint.port == 4840

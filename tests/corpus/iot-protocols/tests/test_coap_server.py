import asyncio

from aiocoap import Context


class Proto(asyncio.DatagramProtocol):
    pass


async def test_two_servers_do_not_conflict():
    s1 = await Context.create_server_context(None, bind=("::1", 5690))
    s2 = await Context.create_server_context(None, bind=("::1", None))
    await s1.shutdown()
    await s2.shutdown()


async def test_mock_listener():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(Proto, local_addr=("127.0.0.1", 0))
    sender, _ = await loop.create_datagram_endpoint(Proto, remote_addr=transport.get_extra_info("sockname"))
    sender.close()
    transport.close()

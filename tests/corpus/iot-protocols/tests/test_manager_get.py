from pysnmp.hlapi.v3arch.asyncio import (
    CommunityData,
    ContextData,
    ObjectIdentity,
    ObjectType,
    SnmpEngine,
    UdpTransportTarget,
    get_cmd,
)

from tests.agent_context import AGENT_PORT, start_agent


async def test_get_sysdescr():
    agent = await start_agent()
    try:
        target = await UdpTransportTarget.create(("localhost", AGENT_PORT), retries=0)
        error, status, index, var_binds = await get_cmd(
            SnmpEngine(),
            CommunityData("public"),
            target,
            ContextData(),
            ObjectType(ObjectIdentity("SNMPv2-MIB", "sysDescr", 0)),
        )
        assert error is None
    finally:
        agent.close_dispatcher()

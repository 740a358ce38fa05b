"""A local SNMP agent the manager tests talk to."""
from pysnmp.carrier.asyncio.dgram import udp, udp6
from pysnmp.entity import config, engine

# 161 is privileged, so the agent listens on a fixed high port instead.
AGENT_PORT = 1611


async def start_agent(enable_ipv6=False):
    snmp_engine = engine.SnmpEngine()
    config.add_transport(
        snmp_engine,
        udp.DOMAIN_NAME,
        udp.UdpTransport().open_server_mode(("localhost", AGENT_PORT)),
    )
    if enable_ipv6:
        config.add_transport(
            snmp_engine,
            udp6.DOMAIN_NAME,
            udp6.Udp6Transport().openServerMode(("::1", AGENT_PORT)),
        )
    return snmp_engine


async def start_trap_receiver():
    snmp_engine = engine.SnmpEngine()
    transport = udp.UdpTransport().open_server_mode(("localhost", 0))
    config.add_transport(snmp_engine, udp.DOMAIN_NAME, transport)
    return snmp_engine, transport

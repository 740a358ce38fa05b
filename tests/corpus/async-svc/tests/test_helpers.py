"""Servers and files started through small helpers of this module."""
import asyncio
import json
import socket


def start_echo_server(port=9100):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", port))
    sock.listen()
    return sock


def start_on(port):
    sock = socket.socket()
    sock.bind(("127.0.0.1", port))
    return sock


def dump_settings(path, settings):
    with open(path, "w") as fh:
        json.dump(settings, fh)


def test_echo_server_accepts():
    sock = start_echo_server()
    try:
        assert sock.getsockname()[1] == 9100
    finally:
        sock.close()


def test_ephemeral_port():
    sock = start_on(0)
    try:
        assert sock.getsockname()[1] > 0
    finally:
        sock.close()


def test_settings_round_trip(tmp_path):
    target = tmp_path / "settings.json"
    dump_settings(target, {"debug": True})
    assert json.loads(target.read_text()) == {"debug": True}


async def test_loop_runs():
    assert await asyncio.sleep(0) is None

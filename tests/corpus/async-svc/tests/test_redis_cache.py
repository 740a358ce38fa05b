import subprocess

import ephemeral_port_reserve
import pytest
from redis import Redis

from svc.cache import Cache


@pytest.fixture(scope="session")
def redis_port():
    return ephemeral_port_reserve.reserve()


@pytest.fixture(scope="session", autouse=True)
def redis_server(tmp_path_factory, redis_port):
    proc = subprocess.Popen(
        ["redis-server", "--port", str(redis_port)],
        cwd=tmp_path_factory.mktemp("redis"),
    )
    yield
    proc.terminate()
    proc.wait()


@pytest.fixture(autouse=True)
def flush(redis_port):
    yield
    Redis(port=redis_port).flushall()


def test_set_get(redis_port):
    cache = Cache(Redis(port=redis_port))
    cache.set("greeting", "hello")
    assert cache.get("greeting") == "hello"

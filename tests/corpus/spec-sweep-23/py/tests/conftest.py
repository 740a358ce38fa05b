import pytest


@pytest.fixture
def port():
    return 8000


@pytest.fixture
def worker_port(worker_id):
    if worker_id == "master":
        return 8100
    return 8100 + int(worker_id.replace("gw", "")) + 1

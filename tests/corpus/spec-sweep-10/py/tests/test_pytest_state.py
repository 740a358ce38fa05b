import pytest

from app.registry import register

REGISTRY = {}
CALLS = []


@pytest.fixture(autouse=True)
def _reset_registry():
    REGISTRY.clear()
    yield


@pytest.fixture(autouse=True, scope="module")
def _reset_calls():
    CALLS.clear()


@pytest.mark.parametrize("name", ["a", "b"])
def test_register(name):
    REGISTRY[name] = register(name)
    CALLS.append(name)
    assert len(REGISTRY) == 1

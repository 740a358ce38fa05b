import pytest
from fastapi.testclient import TestClient

from heroes import build_app


@pytest.fixture
def api(memory_engine):
    return TestClient(build_app(memory_engine))


def test_create_hero_in_private_database(api):
    response = api.post("/heroes/", json={"id": 9000, "name": "Deadpond"})
    assert response.status_code == 200


def test_create_hero_in_shared_database():
    client = TestClient(build_app(None))
    response = client.post("/heroes/", json={"id": 9001, "name": "Rusty-Man"})
    assert response.status_code == 200

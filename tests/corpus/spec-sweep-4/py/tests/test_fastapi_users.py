from uuid import uuid4

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_create_user_fixed_email():
    resp = client.post("/users", json={"email": "eve@example.com", "name": "Eve"})
    assert resp.status_code == 201


def test_create_user_unique_email():
    resp = client.post("/users", json={"email": f"{uuid4().hex}@example.com", "name": "Eve"})
    assert resp.status_code == 201


def test_create_then_read():
    created = client.post("/users", json={"email": f"r-{uuid4()}@example.com", "name": "Test"})
    resp = client.get(f"/users/{created.json()['id']}")
    assert resp.json()["name"] == "Test"

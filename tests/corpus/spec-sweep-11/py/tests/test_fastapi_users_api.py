import os

from fastapi.testclient import TestClient

from api.main import app

client = TestClient(app)


def test_post_users_literal_email():
    resp = client.post("/users", json={"email": "fastapi@corp.test", "name": "API"})
    assert resp.status_code == 201


def test_post_users_with_pid_email():
    resp = client.post("/users", json={"email": f"p{os.getpid()}@corp.test", "name": "API"})
    assert resp.status_code == 201

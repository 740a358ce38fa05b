"""Route tests against a mocked database session: nothing reaches a database."""
from unittest.mock import MagicMock

import pytest
from fastapi.testclient import TestClient

from repo.api import app, get_db


@pytest.fixture
def db_session_mock():
    return MagicMock()


@pytest.fixture(autouse=True)
def mocked_db(db_session_mock):
    def get_db_override():
        yield db_session_mock

    app.dependency_overrides[get_db] = get_db_override
    yield
    app.dependency_overrides = {}


def test_signup_calls_add(db_session_mock):
    client = TestClient(app)
    client.post("/auth/signup", json={"email": "founder@acme.test", "password": "s3cret"})
    assert db_session_mock.add.called


def test_login(db_session_mock):
    client = TestClient(app)
    r = client.post("/auth/login", json={"email": "founder@acme.test", "password": "s3cret"})
    assert r.status_code in (200, 401)

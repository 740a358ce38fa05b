import pytest

from app import create_app
from app.factories import UserFactory
from app.models import User


@pytest.fixture
def client():
    app = create_app({"TESTING": True})
    return app.test_client()


@pytest.fixture
def admin_email():
    return "root@corp.io"


def test_register_fixed_username(client):
    resp = client.post("/register", json={"username": "carol", "password": "pw"})
    assert resp.status_code == 201


def test_factory_fixed_email():
    user = UserFactory(email="factory@corp.io")
    assert user.id


def test_factory_defaults():
    assert UserFactory().id


def test_admin_from_fixture(admin_email):
    User.create(email=admin_email, name="Root")


def test_rejected_signup(client):
    resp = client.post("/register", json={"username": "", "password": "pw"})
    assert resp.status_code == 400

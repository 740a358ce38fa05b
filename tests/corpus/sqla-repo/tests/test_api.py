"""The FastAPI front of the repo service, tested through its routes."""
import os
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, delete
from sqlalchemy.orm import Session, sessionmaker

from repo.api import app, get_db
from repo.models import Account, Invoice

PG_URL = os.environ.get("PG_URL", "postgresql://app@localhost/app_test")
engine = create_engine(PG_URL)
TestingSessionLocal = sessionmaker(bind=engine)


def override_get_db():
    db = TestingSessionLocal()
    try:
        yield db
    finally:
        db.close()


app.dependency_overrides[get_db] = override_get_db
client = TestClient(app)


@pytest.fixture(scope="session", autouse=True)
def wipe_accounts():
    yield
    with Session(engine) as session:
        statement = delete(Invoice)
        session.execute(statement)
        statement = delete(Account).where(Account.email.like("%@pytest.invalid"))
        session.execute(statement)
        session.commit()


def test_signup_route():
    r = client.post("/auth/signup", json={"email": "founder@acme.test", "password": "s3cret"})
    assert r.status_code == 201


def test_login_with_wrong_password_is_refused():
    login_data = {"email": "owner@acme.test", "password": "wrong-password"}
    r = client.post("/auth/login", json=login_data)
    assert r.status_code == 401


@pytest.fixture
def invoice_payload():
    return {"number": 1, "external_id": "INV-2024-0001", "amount": 120}


def test_create_invoice_route(invoice_payload):
    r = client.post("/invoices", json=invoice_payload)
    assert r.status_code == 201


@pytest.fixture
def unique_account():
    return {"email": f"{uuid.uuid4()}@pytest.invalid", "password": "s3cret"}


def test_signup_unique_account(unique_account):
    r = client.post("/auth/signup", json=unique_account)
    assert r.status_code == 201

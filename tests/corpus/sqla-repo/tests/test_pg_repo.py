import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from repo.models import Account, Base, Invoice
from repo.service import AccountService

PG_URL = os.environ.get("PG_URL", "postgresql://app@localhost/app_test")


@pytest.fixture(scope="session")
def pg_engine():
    engine = create_engine(PG_URL)
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)


@pytest.fixture
def pg_session(pg_engine):
    with Session(pg_engine) as session:
        session.query(Invoice).delete()
        session.execute(text("DELETE FROM accounts WHERE email LIKE '%@pytest.invalid'"))
        session.commit()
        yield session
        session.execute(text("TRUNCATE audit_events"))


@pytest.fixture
def worker_schema(pg_engine, worker_id):
    schema = f"test_{worker_id}"
    with pg_engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    return schema


def test_account_signup(pg_session):
    service = AccountService(pg_session)
    account = service.signup(email="owner@acme.test", plan="pro")
    assert account.plan == "pro"


def test_account_insert_sql(pg_session):
    pg_session.execute(text("INSERT INTO accounts (id, email) VALUES (1, 'alice@x.com')"))
    pg_session.commit()


def test_account_unique(pg_session):
    email = f"{uuid.uuid4()}@pytest.invalid"
    pg_session.add(Account(email=email))
    pg_session.commit()
    assert pg_session.query(Account).filter_by(email=email).one()


def test_wipes_inside_test_body(pg_session):
    pg_session.query(Invoice).delete()
    assert pg_session.query(Invoice).count() == 0


def test_account_fixed_id(pg_session):
    pg_session.add(Account(id=uuid.UUID("848a3cdd-cafd-4ec6-a921-afb0bcc841dd"), plan="free"))
    pg_session.commit()


def test_account_generated_id(pg_session):
    pg_session.add(Account(id=uuid.uuid4(), plan="free"))
    pg_session.commit()

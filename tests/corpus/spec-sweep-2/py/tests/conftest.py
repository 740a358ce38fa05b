import os

import pytest
from sqlalchemy import delete, text

from app.db import Base, SessionLocal, engine
from app.models import AuditLog

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.test")
os.environ["TZ"] = "UTC"


def _wipe_schema(conn):
    conn.exec_driver_sql("DROP SCHEMA public CASCADE")


@pytest.fixture(scope="session")
def database():
    Base.metadata.create_all(bind=engine)
    yield engine
    Base.metadata.drop_all(bind=engine)


@pytest.fixture(scope="module")
def clean_schema():
    with engine.begin() as conn:
        _wipe_schema(conn)
    yield


@pytest.fixture(autouse=True)
def audit_session():
    session = SessionLocal()
    session.execute(text("DELETE FROM audit_log"))
    yield session
    session.execute(delete(AuditLog).where(AuditLog.actor == "pytest"))
    session.execute(text("ROLLBACK"))
    session.close()


@pytest.fixture
def api_token():
    os.environ["API_TOKEN"] = "secret-token"
    return os.environ["API_TOKEN"]


@pytest.fixture
def scoped_token(monkeypatch):
    monkeypatch.setenv("API_TOKEN", "scoped")
    return "scoped"

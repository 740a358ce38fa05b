import os
import sqlite3

import psycopg
import pytest

os.environ["APP_ENV"] = "test"
os.environ.setdefault("DATABASE_URL", "postgresql://localhost/ledger_test")


@pytest.fixture(scope="session")
def db_path(tmp_path_factory, worker_id):
    return tmp_path_factory.mktemp(f"ledger-{worker_id}") / "ledger.db"


@pytest.fixture(scope="session")
def local_db(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, memo TEXT UNIQUE)")
    yield conn
    conn.execute("DROP TABLE entries")
    conn.close()


@pytest.fixture(scope="session")
def pg():
    conn = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)
    conn.execute("TRUNCATE TABLE accounts, entries RESTART IDENTITY")
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def worker_schema(pg, worker_id):
    schema = f"ledger_{worker_id}"
    pg.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    pg.execute(f"CREATE SCHEMA {schema}")
    yield schema
    pg.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(autouse=True)
def _feature_flags():
    os.environ["LEDGER_FEATURE_SPLITS"] = "on"


@pytest.fixture(autouse=True)
def _quiet_logs(monkeypatch):
    monkeypatch.setenv("LOG_LEVEL", "warning")


@pytest.fixture
def offline_mode():
    os.environ["LEDGER_OFFLINE"] = "1"
    return True

import os

import pytest

os.environ.setdefault("APP_SETTINGS", "testing")
os.environ["TZ"] = "UTC"


@pytest.fixture
def worker_schema(worker_id, db_conn):
    schema = f"test_{worker_id}"
    db_conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    yield schema
    db_conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def clean_orders(db_conn, testrun_uid):
    yield
    db_conn.execute("DELETE FROM orders WHERE run_id = %s", (testrun_uid,))
    db_conn.execute("ROLLBACK")

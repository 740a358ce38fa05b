import os

import psycopg
import pytest

SHARED_SCHEMA = "it_shared"


def schema_for(worker_id):
    return f"it_{worker_id}"


def archive_schema():
    return "it_" + "archive"


@pytest.fixture(scope="session")
def conn():
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as connection:
        yield connection


@pytest.fixture
def clean_worker_tables(conn, worker_id):
    schema = schema_for(worker_id)
    yield
    conn.execute(f"TRUNCATE {schema}.orders")
    conn.execute("DELETE FROM " + os.environ["PYTEST_XDIST_WORKER"] + "_audit.events")


@pytest.fixture
def clean_shared_tables(conn):
    yield
    conn.execute(f"TRUNCATE {SHARED_SCHEMA}.orders")
    conn.execute(f"DROP SCHEMA IF EXISTS {archive_schema()} CASCADE")


def test_orders(conn, clean_worker_tables, clean_shared_tables):
    assert conn.execute("SELECT 1").fetchone() == (1,)

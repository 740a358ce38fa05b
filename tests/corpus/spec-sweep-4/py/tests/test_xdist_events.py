import psycopg
import pytest


@pytest.fixture(scope="session")
def worker_schema(worker_id):
    conn = psycopg.connect(autocommit=True)
    conn.execute(f"DROP SCHEMA IF EXISTS test_{worker_id} CASCADE")
    conn.execute(f"CREATE SCHEMA test_{worker_id}")
    yield f"test_{worker_id}"
    conn.execute(f"DROP SCHEMA test_{worker_id} CASCADE")


@pytest.fixture(scope="session")
def shared_events():
    conn = psycopg.connect(autocommit=True)
    conn.execute("TRUNCATE TABLE events")
    yield conn
    conn.execute("DELETE FROM events")


def test_event_count(shared_events, worker_schema):
    assert shared_events.execute("SELECT 1").fetchone()

import sqlite3

import pytest


@pytest.fixture
def db_path():
    return "/tmp/sweep3-cache.db"


@pytest.fixture
def private_db_path(tmp_path):
    return tmp_path / "cache.db"


@pytest.fixture
def api_port():
    return 8765


def test_connects_to_fixture_literal(db_path):
    conn = sqlite3.connect(db_path)
    conn.close()


def test_connects_to_private_db(private_db_path):
    conn = sqlite3.connect(private_db_path)
    conn.close()


def test_serves_on_fixture_port(api_port):
    import uvicorn

    uvicorn.run("app:app", port=api_port)


def test_memory_db():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.close()

import sqlite3

import pytest


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE)")
    yield c
    c.execute("DELETE FROM users")
    c.close()


def test_insert_literal_user(conn):
    conn.execute("INSERT INTO users (id, email) VALUES (1, 'a@b.c')")
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1

import sqlite3

import pytest


@pytest.fixture
def conn(tmp_path):
    db = sqlite3.connect(tmp_path / "inventory.db")
    db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, owner TEXT UNIQUE)")
    db.execute("INSERT INTO items VALUES (1, 'owner@example.com')")
    yield db
    db.execute("DELETE FROM items")
    db.execute("DROP TABLE items")
    db.close()


def test_count(conn):
    assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 1

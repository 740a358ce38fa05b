import sqlite3

import pytest

DB_FILE = "test.db"


@pytest.fixture
def memory_db():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE)")
    yield conn
    conn.execute("DELETE FROM users")
    conn.close()


@pytest.fixture
def tmp_db(tmp_path):
    conn = sqlite3.connect(tmp_path / "users.db")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE)")
    yield conn
    conn.execute("DELETE FROM users")
    conn.close()


@pytest.fixture
def file_db():
    conn = sqlite3.connect(DB_FILE)
    conn.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE)")
    yield conn
    conn.execute("DELETE FROM users")
    conn.close()


def test_memory_insert(memory_db):
    memory_db.execute("INSERT INTO users (id, email) VALUES (1, 'alice@example.com')")


def test_tmp_insert(tmp_db):
    tmp_db.execute("INSERT INTO users (id, email) VALUES (1, 'alice@example.com')")


def test_file_insert(file_db):
    file_db.execute("INSERT INTO users (id, email) VALUES (1, 'alice@example.com')")

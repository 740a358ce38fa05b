import sqlite3

from app.models import User


def test_memory_db():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (email TEXT UNIQUE)")
    conn.execute("INSERT INTO users VALUES ('mem@example.com')")


def test_db_under_tmp_path(tmp_path):
    conn = sqlite3.connect(tmp_path / "app.db")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('admin@example.com')")


def test_patched_create(mocker):
    create = mocker.patch("app.models.User.objects.create")
    User.objects.create(username="admin", email="admin@example.com")
    create.assert_called_once()

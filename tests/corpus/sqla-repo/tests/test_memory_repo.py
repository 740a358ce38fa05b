import sqlite3
from unittest.mock import MagicMock, Mock

import pytest

from repo.service import AccountService


class FakeAccountRepo:
    def __init__(self):
        self.rows = {}

    def create(self, email, plan="free"):
        self.rows[email] = plan
        return email


@pytest.fixture
def memdb():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT UNIQUE)")
    yield conn
    conn.execute("DELETE FROM accounts")
    conn.execute("DROP TABLE accounts")
    conn.close()


def test_insert_into_private_db(memdb):
    memdb.execute("INSERT INTO accounts (id, email) VALUES (1, 'alice@x.com')")
    assert memdb.execute("SELECT count(*) FROM accounts").fetchone()[0] == 1


def test_fake_repo():
    repo = FakeAccountRepo()
    repo.create("owner@acme.test")
    assert repo.rows["owner@acme.test"] == "free"


def test_mock_repo():
    repo = Mock()
    repo.create(email="owner@acme.test", plan="pro")
    AccountService(repo).refresh()
    repo.create.assert_called_once()


def test_mocker_repo(mocker):
    repo = mocker.MagicMock()
    repo.create(email="owner@acme.test")
    repo.create.assert_called_once_with(email="owner@acme.test")


def test_magic_mock_save():
    store = MagicMock()
    store.save({"username": "admin"})
    assert store.save.called

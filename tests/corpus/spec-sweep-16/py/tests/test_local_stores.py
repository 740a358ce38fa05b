import dbm
import logging
import shelve
import sqlite3

import pytest

DB_NAME = "test.db"


@pytest.fixture
def relative_db():
    conn = sqlite3.connect(DB_NAME)
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture(scope="session")
def shared_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("stores") / "cache.db"
    conn = sqlite3.connect(str(path))
    yield conn
    conn.close()


def test_uses_relative_db(relative_db):
    relative_db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER)")


def test_uses_private_store(shared_store):
    shared_store.execute("CREATE TABLE t (id INTEGER)")
    shared_store.execute("DROP TABLE t")


def test_shelve_in_cwd():
    with shelve.open("sessions.shelf") as shelf:
        shelf["k"] = 1


def test_dbm_created_in_cwd():
    with dbm.open("index.dbm", "c") as db:
        db[b"k"] = b"v"


def test_dbm_under_tmp_path(tmp_path):
    with dbm.open(str(tmp_path / "index.dbm"), "n") as db:
        db[b"k"] = b"v"


def test_log_file_in_cwd():
    logging.basicConfig(filename="test-run.log", level=logging.INFO)
    logging.getLogger(__name__).info("hello")


def test_log_file_under_tmp_path(tmp_path):
    handler = logging.FileHandler(tmp_path / "run.log")
    handler.close()


def test_reads_shipped_fixture():
    with open("tests/data/sample.json") as fh:
        assert fh.read() is not None


def test_suppressed_write():
    with open("/tmp/sweep16-ok.txt", "w") as fh:  # isolint: ignore[fixed-temp-path]
        fh.write("x")


def test_unknown_rule_suppression_still_reports():
    with open("/tmp/sweep16-unknown.txt", "w") as fh:  # isolint: ignore[no-such-rule]
        fh.write("x")

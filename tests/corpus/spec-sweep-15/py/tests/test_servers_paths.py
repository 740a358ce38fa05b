import os
import socket
import sqlite3
import tempfile
from pathlib import Path

import pytest

BASE = Path(tempfile.gettempdir())


@pytest.fixture
def export_dir():
    return BASE / "sweep15-exports"


@pytest.fixture
def api_port():
    return 8615


@pytest.fixture
def private_db(tmp_path):
    conn = sqlite3.connect(tmp_path / "private.db")
    yield conn
    conn.close()


def test_exports_into_a_fixture_path(export_dir):
    export_dir.mkdir(exist_ok=True)
    (export_dir / "out.csv").write_text("a,b\n")


def test_binds_the_fixture_port(api_port):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", api_port))


def test_lock_file_in_gettempdir():
    with open(os.path.join(tempfile.gettempdir(), "sweep15.lock"), "x") as fh:
        fh.write(str(os.getpid()))


def test_private_database_drop_is_fine(private_db):
    private_db.execute("CREATE TABLE t (id INTEGER)")
    private_db.execute("DROP TABLE t")


def test_worker_scoped_file(tmp_path_factory, worker_id):
    target = tmp_path_factory.getbasetemp() / f"sweep15-{worker_id}.json"
    target.write_text("{}")


def test_reads_shipped_fixture():
    with open(Path(__file__).parent / "data" / "sample.json") as fh:
        assert fh.read() is not None

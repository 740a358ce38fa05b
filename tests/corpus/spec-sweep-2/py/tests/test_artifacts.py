import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from app.export import render_csv

DATA_DIR = Path(__file__).parent / "data"
LOCK_FILE = Path(tempfile.gettempdir()) / "exporter.lock"
CACHE_DIR = os.path.join(tempfile.gettempdir(), "exporter", "cache")
DB_FILE = "integration.sqlite3"


def test_append_report():
    with open("/tmp/exporter/report.csv", mode="a") as fh:
        fh.write(render_csv([]))


def test_lock_file():
    LOCK_FILE.touch()
    assert LOCK_FILE.exists()


def test_clear_cache():
    shutil.rmtree(CACHE_DIR, ignore_errors=True)
    os.makedirs(CACHE_DIR, exist_ok=True)


def test_remove_pid():
    os.remove("/var/tmp/exporter.pid")


def test_sqlite_file():
    conn = sqlite3.connect(DB_FILE)
    conn.close()


def test_mkdir_relative():
    Path("build/reports").mkdir(parents=True, exist_ok=True)


def test_read_shipped_fixture():
    with open(DATA_DIR / "orders.json") as fh:
        assert fh.read()
    with open("tests/data/customers.csv", "r") as fh:
        assert fh.readline()


def test_tmp_path_write(tmp_path):
    out = tmp_path / "reports" / "out.csv"
    out.parent.mkdir()
    out.write_text(render_csv([]))


def test_tmpdir_write(tmpdir):
    tmpdir.join("out.csv").write(render_csv([]))


def test_named_temporary_file():
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as fh:
        fh.write(render_csv([]))


def test_mkdtemp_dir():
    base = tempfile.mkdtemp(prefix="exporter-")
    with open(os.path.join(base, "out.csv"), "w") as fh:
        fh.write(render_csv([]))
    shutil.rmtree(base)


@pytest.fixture(scope="session")
def shared_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("exports")


def test_session_dir(shared_dir):
    (shared_dir / "x.csv").write_text("a,b\n")


def test_uid_path(testrun_uid):
    path = Path(tempfile.gettempdir()) / f"exporter-{testrun_uid}.csv"
    path.write_text("a,b\n")

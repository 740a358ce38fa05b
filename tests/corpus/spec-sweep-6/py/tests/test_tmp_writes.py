import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

EXPORT_NAME = "nightly"
SHARED_DIR = os.path.join(tempfile.gettempdir(), "shop-export")


class TestExports:
    OUT = "/var/tmp/shop-export.csv"

    def test_append_row(self):
        with open(self.OUT, "a") as fh:
            fh.write("1,widget\n")

    def test_job_log(self):
        with open(f"/tmp/job-{EXPORT_NAME}.log", "w") as fh:
            fh.write("started")

    def test_per_process_log(self):
        with open(f"/tmp/job-{os.getpid()}.log", "w") as fh:
            fh.write("started")


def test_cache_under_gettempdir():
    with open(os.path.join(tempfile.gettempdir(), "shop-cache.json"), "w") as fh:
        fh.write("{}")


def test_shared_dir_created_twice():
    os.makedirs(SHARED_DIR, exist_ok=True)
    shutil.rmtree(SHARED_DIR)


def test_path_slash_write_text():
    (Path("/tmp") / "shop-receipt.txt").write_text("paid")


def test_sqlite_file_in_tmp():
    conn = sqlite3.connect("/tmp/shop-orders.sqlite")
    conn.execute("CREATE TABLE IF NOT EXISTS orders (id INTEGER)")


def test_sqlite_file_under_tmp_path(tmp_path):
    conn = sqlite3.connect(str(tmp_path / "orders.sqlite"))
    conn.execute("CREATE TABLE orders (id INTEGER)")


def test_named_temporary_file():
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as fh:
        fh.write("1,widget\n")


def test_mkdtemp_then_fixed_name():
    workdir = tempfile.mkdtemp(prefix="shop-")
    with open(os.path.join(workdir, "report.txt"), "w") as fh:
        fh.write("ok")


def test_gettempdir_with_worker(worker_id):
    target = os.path.join(tempfile.gettempdir(), f"shop-{worker_id}.json")
    with open(target, "w") as fh:
        fh.write("{}")


@pytest.fixture
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("data")


def test_factory_dir(data_dir):
    (data_dir / "seed.json").write_text("[]")


def test_shipped_fixture_is_read():
    with open("tests/data/catalog.json") as fh:
        assert fh.read()


def test_remove_lock_file():
    os.remove("/tmp/shop.lock")

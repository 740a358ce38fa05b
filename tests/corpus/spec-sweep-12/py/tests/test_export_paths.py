import os
import sqlite3
import tempfile
from pathlib import Path

import pytest

EXPORT_NAME = "orders-export.csv"


@pytest.fixture(scope="session")
def export_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("exports")


def test_export_csv_fixed():
    target = os.path.join(tempfile.gettempdir(), EXPORT_NAME)
    with open(target, "w") as fh:
        fh.write("id,total\n")
    with open(target) as fh:
        assert fh.readline() == "id,total\n"


def test_index_cache_fixed():
    cache = Path(tempfile.gettempdir()) / "search-index.json"
    cache.write_text("{}")


def test_export_csv_isolated(export_dir):
    target = export_dir / EXPORT_NAME
    target.write_text("id,total\n")


def test_sqlite_isolated(export_dir):
    conn = sqlite3.connect(str(export_dir / "orders.db"))
    conn.execute("CREATE TABLE orders (id INTEGER)")
    conn.close()


def test_read_shipped_fixture():
    with open("tests/data/orders.json") as fh:
        assert fh.read()

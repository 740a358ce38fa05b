import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from shop.report import render_report


def test_report_written_to_tmp():
    Path("/tmp/report.html").write_text(render_report())


def test_report_written_to_tmp_path(tmp_path):
    with open(tmp_path / "out.txt", "w") as fh:
        fh.write(render_report())


def test_reads_shipped_sample():
    with open("tests/data/sample.json") as fh:
        assert json.load(fh)["name"] == "sample"


def test_clears_shared_cache():
    shutil.rmtree(os.path.join(tempfile.gettempdir(), "shop-cache"), ignore_errors=True)


def test_named_temporary_file():
    with tempfile.NamedTemporaryFile("w", suffix=".html") as fh:
        fh.write(render_report())


def test_sqlite_file_in_cwd():
    conn = sqlite3.connect("test.db")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    conn.close()


def test_sqlite_in_memory():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.close()

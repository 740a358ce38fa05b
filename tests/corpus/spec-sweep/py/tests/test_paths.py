import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

OUT = Path("/tmp/app")
DATA = Path(__file__).parent / "data"


def test_write_report():
    (OUT / "report.json").write_text(json.dumps({"ok": True}))
    assert json.loads((OUT / "report.json").read_text())["ok"]


def test_csv_export():
    with open("results.csv", "w") as fh:
        fh.write("a,b\n")


def test_append_log():
    with open(f"{tempfile.gettempdir()}/app.log", "a") as fh:
        fh.write("x\n")


def test_build_dir():
    os.makedirs("/var/tmp/build", exist_ok=True)


def test_clear_cache():
    shutil.rmtree(os.path.join(tempfile.gettempdir(), "cache"), ignore_errors=True)


def test_sqlite_file():
    conn = sqlite3.connect("test.db")
    conn.execute("create table t (x int)")
    conn.close()


def test_reads_shipped_fixture():
    with open("tests/data/input.json") as fh:
        assert json.load(fh)
    assert (DATA / "input.json").read_text()


def test_tmp_path(tmp_path):
    (tmp_path / "out.json").write_text("{}")
    conn = sqlite3.connect(tmp_path / "db.sqlite")
    conn.close()


def test_mkdtemp():
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "x.txt"), "w") as fh:
        fh.write("x")
    shutil.rmtree(d)


def test_pid_scoped():
    target = os.path.join(tempfile.gettempdir(), f"run-{os.getpid()}")
    os.makedirs(target, exist_ok=True)
    shutil.rmtree(target)


def test_named_tempfile():
    with tempfile.NamedTemporaryFile("w", suffix=".json") as fh:
        fh.write("{}")

import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from app.export import export_csv

BUILD_DIR = "/tmp/flask-app-build"


def test_export_writes_csv():
    os.makedirs(BUILD_DIR, exist_ok=True)
    export_csv(os.path.join(BUILD_DIR, "users.csv"))
    assert os.path.exists(os.path.join(BUILD_DIR, "users.csv"))


def test_cleanup_build_dir():
    shutil.rmtree(BUILD_DIR, ignore_errors=True)


def test_writes_json_to_tmp():
    with open("/tmp/flask-users.json", "w") as fh:
        json.dump({"n": 1}, fh)


def test_writes_lock_in_system_temp():
    lock = os.path.join(tempfile.gettempdir(), "flask-app.lock")
    Path(lock).write_text("locked")


def test_sqlite_file_in_cwd():
    conn = sqlite3.connect("test.db")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    conn.close()


def test_reads_shipped_fixture():
    with open("tests/data/users.json") as fh:
        data = json.load(fh)
    assert data["users"][0]["name"] == "Ada"


def test_writes_under_tmp_path(tmp_path):
    out = tmp_path / "export.csv"
    export_csv(str(out))
    out.write_text("a,b\n")
    assert out.read_text().startswith("a,b")


def test_named_temporary_file():
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        fh.write("{}")
    os.remove(fh.name)


def test_mkdtemp_dir():
    workdir = tempfile.mkdtemp(prefix="flask-")
    with open(os.path.join(workdir, "out.txt"), "w") as fh:
        fh.write("ok")
    shutil.rmtree(workdir)

import json
import os
import shutil
import tempfile
from pathlib import Path

from ledger.export import export_csv, export_rows

EXPORT_DIR = os.path.join(tempfile.gettempdir(), "ledger-exports")
CACHE_DB = Path(tempfile.gettempdir()) / "ledger-cache.db"
_dumped = []


def _dump(rows):
    global _dumped
    with open("out/dump.json", "w") as fh:
        json.dump(rows, fh)
    _dumped = _dumped + [len(rows)]


def _write_into(directory, rows):
    target = Path(directory) / "rows.csv"
    target.write_text(export_csv(rows))
    return target


def test_export_to_shared_dir():
    os.makedirs(EXPORT_DIR, exist_ok=True)
    path = export_rows(EXPORT_DIR)
    assert os.path.exists(path)
    shutil.rmtree(EXPORT_DIR)


def test_export_to_tmp_path(tmp_path):
    target = _write_into(tmp_path, [{"id": 1}])
    assert target.read_text().startswith("id")


def test_export_to_mkdtemp():
    directory = tempfile.mkdtemp(prefix="ledger-")
    assert _write_into(directory, [{"id": 2}]).exists()


def test_dump_json():
    _dump([{"id": 3}])
    assert Path("out/dump.json").exists()


def test_read_fixture():
    with open("tests/data/opening.json") as fh:
        assert json.load(fh)["balance"] == 0


def test_cache_lock():
    CACHE_DB.touch()
    assert CACHE_DB.exists()

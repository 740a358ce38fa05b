import json
import os
import shutil
import tempfile
from pathlib import Path

import aiofiles
import pytest

EXPORT_DIR = Path(tempfile.gettempdir()) / "exports"


def dump(data, path="snapshot.json"):
    with open(path, "w") as fh:
        json.dump(data, fh)


@pytest.fixture
def export_dir():
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    yield EXPORT_DIR
    shutil.rmtree(
        EXPORT_DIR,
        ignore_errors=True,
    )


def test_export_csv():
    with open(
        "/tmp/export.csv",
        "w",
        newline="",
    ) as fh:
        fh.write("id,name\n")


def test_cache_file():
    Path(
        "/var/tmp/"
        "cache.json"
    ).write_text(json.dumps({}))


def test_reports_dir(export_dir):
    os.makedirs(
        "build/reports",
        exist_ok=True,
    )
    assert export_dir.exists()


async def test_async_log():
    async with aiofiles.open(
        "run.log", "a"
    ) as fh:
        await fh.write("started\n")


def test_snapshot():
    dump({"a": 1})


def test_private_dirs(tmp_path):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "x.txt"), "w") as fh:
            fh.write("x")
    (tmp_path / "y.txt").write_text("y")


def test_reads_shipped_fixture():
    with open("tests/data/sample.json") as fh:
        assert json.load(fh)

import json
import os
import tempfile
from pathlib import Path
from shutil import rmtree as nuke

import pytest

FIXTURES = Path(__file__).parent / "data"
BUILD_CACHE = Path("/tmp") / "app-build-cache"


@pytest.fixture
def workdir():
    with tempfile.TemporaryDirectory(prefix="artifacts-") as d:
        yield Path(d)


@pytest.fixture(autouse=True)
def _clean_build_cache():
    yield
    nuke(BUILD_CACHE, ignore_errors=True)


def test_reads_shipped_fixture():
    with open(FIXTURES / "invoice.json") as fh:
        assert json.load(fh)["total"] > 0


def test_writes_into_workdir(workdir):
    out = workdir / "report.json"
    out.write_text(json.dumps({"ok": True}))
    assert out.exists()


def test_writes_into_artifacts_dir(artifacts_dir):
    (artifacts_dir / "trace.zip").write_bytes(b"PK")


def test_pid_scoped_lockfile():
    lock = os.path.join(tempfile.gettempdir(), f"app-{os.getpid()}.lock")
    with open(lock, "w") as fh:
        fh.write("1")
    os.remove(lock)


def test_spool_file():
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as fh:
        fh.write("a,b\n")


def test_export_csv(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("id\n1\n")
    # isolint: ignore[temp-path]
    Path("exports/latest.csv").write_text(target.read_text())

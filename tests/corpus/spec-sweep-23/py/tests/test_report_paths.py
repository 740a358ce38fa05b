import json
import os
import tempfile
from pathlib import Path

import pytest

REPORT_NAME = "report.json"
LOCK_NAME = "shared"
BASE = Path("/tmp") / "reports"


@pytest.fixture(scope="session")
def session_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("reports")


@pytest.fixture
def report_file():
    return os.path.join(tempfile.gettempdir(), REPORT_NAME)


def test_write_under_tmp_path(tmp_path):
    (tmp_path / REPORT_NAME).write_text("{}")


def test_write_under_session_dir(session_dir):
    (session_dir / REPORT_NAME).write_text(json.dumps({"ok": True}))


def test_write_under_tmpdir(tmpdir):
    tmpdir.join(REPORT_NAME).write("{}")


def test_write_under_pid_dir():
    target = os.path.join(tempfile.gettempdir(), f"reports-{os.getpid()}")
    os.makedirs(target, exist_ok=True)


def test_write_under_run_dir(testrun_uid):
    target = Path(tempfile.gettempdir()) / f"reports-{testrun_uid}"
    target.mkdir(parents=True, exist_ok=True)


def test_write_report_fixture(report_file):
    with open(report_file, "w") as fh:
        fh.write("{}")


def test_write_under_base():
    (BASE / REPORT_NAME).write_text("{}")


def test_lock_file():
    lock = f"/tmp/{LOCK_NAME}.lock"
    with open(lock, "x") as fh:
        fh.write(str(os.getpid()))
    os.remove(lock)


def test_gettempdir_alone():
    os.makedirs(os.path.join(tempfile.gettempdir(), "reports-cache"), exist_ok=True)


def test_mkdtemp_dir():
    target = tempfile.mkdtemp(prefix="reports-")
    Path(target, REPORT_NAME).write_text("{}")

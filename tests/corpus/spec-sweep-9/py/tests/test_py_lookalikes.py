import os
import sqlite3
import tempfile
import time
import unittest
from os import environ
from pathlib import Path
from unittest import mock

import freezegun
import pytest
import requests

from app.models import User
from app.server import serve

STATUS_URL = "http://localhost:8000/status"
SCRATCH = "/tmp/sweep9-scratch.txt"


def is_valid_email(value):
    return "@" in value


class FakeMailer:
    def __init__(self):
        self.sent = []

    def register(self, email):
        self.sent.append(email)


@pytest.fixture
def admin_port():
    return 8765


def test_client_only():
    assert requests.get(STATUS_URL, timeout=1).status_code == 200


def test_reads_fixed_path():
    if os.path.exists(SCRATCH):
        with open(SCRATCH) as fh:
            assert fh.read()


def test_pid_temp_file():
    target = os.path.join(tempfile.gettempdir(), f"sweep9-{os.getpid()}.json")
    with open(target, "w") as fh:
        fh.write("{}")


def test_fixed_temp_file():
    target = os.path.join(tempfile.gettempdir(), "sweep9-cache.json")
    with open(target, "w") as fh:
        fh.write("{}")


def test_pure_and_fakes(mocker):
    assert is_valid_email("a@b.com")
    repo = mock.Mock()
    repo.create_user(email="mock@example.com")
    FakeMailer().register("fake@example.com")


@pytest.mark.django_db
def test_shared_admin():
    User.objects.create(username="admin", email="admin@example.com")


def test_fixture_port(admin_port):
    serve(port=0)
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", admin_port))
    sock.close()


@freezegun.freeze_time("2020-01-01")
def test_frozen_decorator():
    assert time.time() > 0


def test_frozen_with():
    with freezegun.freeze_time("2020-01-01"):
        assert time.time() > 0


def test_frozen_leak():
    freezegun.freeze_time("2021-06-01").start()
    assert time.time() > 0


@mock.patch.dict(environ, {"FEATURE": "on"})
def test_env_patched_dict():
    assert environ["FEATURE"] == "on"


def test_env_monkeypatch(monkeypatch, tmp_path):
    monkeypatch.setenv("FEATURE", "off")
    monkeypatch.chdir(tmp_path)


def test_env_leak():
    environ["FEATURE"] = "leaked"


class TestClock(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch("time.time", return_value=0)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.freezer = freezegun.freeze_time("2020-02-02")
        self.freezer.start()
        self.addCleanup(self.freezer.stop)

    def test_now(self):
        self.assertEqual(time.time(), 0)

    def test_path_write(self):
        Path("out/report.xml").write_text("<x/>")  # isolint: ignore[fixed-temp-path]
        # isolint: ignore[fixed-temp-path]
        Path("out/report2.xml").write_text("<x/>")


class TestTruncate:
    def setup_method(self):
        self.conn = sqlite3.connect(os.environ["DB_PATH"])
        self.conn.execute("SAVEPOINT before_test")
        self.conn.execute("TRUNCATE audit_log")

    def teardown_method(self):
        self.conn.execute("ROLLBACK TO SAVEPOINT before_test")

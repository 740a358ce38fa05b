import os
import shutil as sh
import socket
import tempfile as tf
from os import environ
from pathlib import Path as P

import pytest


def test_environ_imported_by_name():
    environ["FEATURE_Z"] = "1"
    assert os.getenv("FEATURE_Z") == "1"


def test_environ_update_by_name():
    environ.update({"REGION": "eu"})


def test_path_alias_write():
    P("/tmp/sweep3-notes.txt").write_text("hi")


def test_gettempdir_alias_joined_with_literal():
    lock = os.path.join(tf.gettempdir(), "sweep3.lock")
    with open(lock, "x") as fh:
        fh.write("1")


def test_rmtree_alias():
    sh.rmtree("/tmp/sweep3-build-cache", ignore_errors=True)


def test_named_temporary_file_is_isolated():
    with tf.NamedTemporaryFile("w", suffix=".json") as fh:
        fh.write("{}")


def test_socket_bind_fixed():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 8123))
    s.close()


def test_socket_bind_zero():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    assert s.getsockname()[1] > 0
    s.close()


@pytest.mark.parametrize("name", ["a.txt", "b.txt"])
def test_tmp_path_parametrized(tmp_path, name):
    (tmp_path / name).write_text(name)

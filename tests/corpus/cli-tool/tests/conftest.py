import os
import tempfile
from pathlib import Path

import pytest
from sqlite_utils import Database


@pytest.fixture
def fresh_db():
    return Database(memory=True)


@pytest.fixture
def cd_tmp_path(tmp_path):
    prev_dir = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(prev_dir)


@pytest.fixture
def cleandir():
    newpath = tempfile.mkdtemp()
    os.chdir(newpath)

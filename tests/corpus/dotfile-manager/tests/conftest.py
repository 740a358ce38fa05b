import os
import shutil
import tempfile

import pytest


@pytest.fixture(autouse=True)
def root():
    """Each test gets a scratch directory; the cwd is put back after it."""
    previous = os.getcwd()
    current_root = tempfile.mkdtemp()
    try:
        yield current_root
    finally:
        os.chdir(previous)
        shutil.rmtree(current_root)

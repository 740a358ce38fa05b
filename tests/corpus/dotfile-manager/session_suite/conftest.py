import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def keep_cwd():
    # Put back once, after the whole session: tests in between see each
    # other's directory changes.
    previous = os.getcwd()
    yield
    os.chdir(previous)

import os

import pytest
from sqlalchemy import text

from app.db import engine


def pytest_configure(config):
    os.environ["APP_ENV"] = "test"


@pytest.fixture(scope="session")
def clean_schema():
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS reporting CASCADE"))
    yield engine

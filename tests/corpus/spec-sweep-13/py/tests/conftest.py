import os

import pytest
import sqlalchemy as sa

os.environ["APP_ENV"] = "test"
os.environ.setdefault("SHOP_CURRENCY", "EUR")

ENGINE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/shop_test")


def _wipe(conn):
    conn.execute(sa.text("TRUNCATE orders, customers RESTART IDENTITY CASCADE"))


def _rollback(conn):
    conn.execute(sa.text("ROLLBACK"))


@pytest.fixture(scope="session")
def engine():
    eng = sa.create_engine(ENGINE_URL)
    yield eng
    eng.dispose()


@pytest.fixture
def conn(engine):
    with engine.connect() as c:
        yield c
        _rollback(c)


@pytest.fixture(scope="session", autouse=True)
def clean_tables(engine):
    yield
    with engine.begin() as c:
        _wipe(c)

import os

import psycopg
import pytest


@pytest.fixture(scope="session")
def db():
    conn = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)
    yield conn
    conn.close()


@pytest.fixture(autouse=True)
def clean_tables(db):
    db.execute(
        """
        TRUNCATE TABLE
            users,
            orders
        RESTART IDENTITY
        """
    )
    yield


@pytest.fixture
def audit_rows(db):
    yield
    db.execute(
        "DELETE FROM audit_log "
        "WHERE run_id = %s",
        (os.environ.get("PYTEST_XDIST_WORKER", "gw0"),),
    )


@pytest.fixture(scope="module")
def import_table(db):
    yield "tmp_import"
    db.execute("DROP TABLE IF EXISTS "
               "tmp_import")

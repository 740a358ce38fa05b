import os

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

os.environ.setdefault("APP_SETTINGS", "app.settings.test")
os.environ["APP_ENV"] = "test"

from app.db import Base  # noqa: E402


@pytest.fixture(scope="session")
def db_url(worker_id, testrun_uid):
    return f"postgresql://localhost/app_test_{worker_id}_{testrun_uid[:8]}"


@pytest.fixture(scope="session")
def engine(db_url):
    eng = create_engine(db_url)
    Base.metadata.drop_all(eng)
    Base.metadata.create_all(eng)
    yield eng
    Base.metadata.drop_all(eng)
    eng.dispose()


@pytest.fixture
def session(engine):
    connection = engine.connect()
    trans = connection.begin()
    sess = Session(bind=connection, join_transaction_mode="create_savepoint")
    yield sess
    sess.close()
    trans.rollback()
    connection.close()


@pytest.fixture
def artifacts_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("artifacts")

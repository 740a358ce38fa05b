import pytest
from sqlalchemy import create_engine, text

from app.models import Base

ENGINE_URL = "postgresql://localhost/app_test"


@pytest.fixture(scope="session", autouse=True)
def schema():
    engine = create_engine(ENGINE_URL)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    yield engine


@pytest.fixture(scope="session")
def admin_db(request):
    engine = create_engine("postgresql://localhost/postgres")
    conn = engine.connect()

    def drop():
        conn.execute(text("DROP DATABASE IF EXISTS reports_test"))
        conn.close()

    request.addfinalizer(drop)
    return conn


@pytest.fixture(scope="session")
def worker_db(request, worker_id):
    engine = create_engine("postgresql://localhost/postgres")
    conn = engine.connect()
    request.addfinalizer(lambda: conn.execute(text(f"DROP DATABASE IF EXISTS reports_{worker_id}")))
    return conn


def test_reports(admin_db, worker_db, schema):
    assert admin_db is not None

import os
import sqlite3

import pytest

from app import create_app
from sqlalchemy import create_engine

os.environ.setdefault("FLASK_ENV", "testing")


@pytest.fixture
def app(tmp_path):
    db_path = tmp_path / "app.db"
    app = create_app({"TESTING": True, "DATABASE": str(db_path)})
    with app.app_context():
        conn = sqlite3.connect(db_path)
        conn.execute("DELETE FROM users")
        conn.commit()
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def port():
    return 8000


@pytest.fixture
def memory_engine():
    # In-memory SQLite unless CI points the suite at a server.
    engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
    yield engine
    engine.dispose()

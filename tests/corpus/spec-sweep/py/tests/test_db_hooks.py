import unittest
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import Base, SessionLocal, engine
from app.models import Order, User


def _drop_reports(conn):
    conn.execute(text("DROP TABLE IF EXISTS reports"))


@pytest.fixture
def session():
    s = SessionLocal()
    yield s
    s.query(User).delete()
    s.commit()
    s.close()


@pytest.fixture(scope="session")
def schema():
    Base.metadata.create_all(engine)
    yield
    Base.metadata.drop_all(engine)


@pytest.fixture
def worker_schema(worker_id):
    name = f"test_{worker_id}"
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
        yield name
        conn.execute(text(f"DROP SCHEMA {name} CASCADE"))


class TestOrders:
    def setup_method(self):
        with engine.begin() as conn:
            _drop_reports(conn)
            conn.execute(text("DELETE FROM orders WHERE status = 'test'"))

    def test_count(self, session):
        assert session.query(Order).count() >= 0


class TestOrdersUnittest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = engine.connect()

    def setUp(self):
        self.tx = self.conn.begin()
        self.conn.execute(text("SAVEPOINT before_test"))

    def tearDown(self):
        self.conn.execute(text("TRUNCATE orders CASCADE"))
        self.tx.rollback()

    def test_insert(self):
        with Session(self.conn) as s:
            s.add(Order(ref=str(uuid.uuid4())))
            s.flush()

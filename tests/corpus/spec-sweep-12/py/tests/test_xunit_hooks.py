import os
import unittest

from sqlalchemy import text

from app.db import SessionLocal, engine
from app.models import Order

_saved_cwd = None


def setup_module(module):
    global _saved_cwd
    _saved_cwd = os.getcwd()
    os.chdir(os.path.dirname(__file__))
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE TABLE orders CASCADE"))


def teardown_module(module):
    os.chdir(_saved_cwd)


class TestOrderTotals:
    def setup_class(cls):
        cls.session = SessionLocal()
        cls.session.query(Order).delete()
        cls.session.commit()

    def teardown_class(cls):
        cls.session.close()

    def test_total(self):
        assert self.session.query(Order).count() == 0


class AsyncOrderTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.session = SessionLocal()
        self.session.execute(text("DELETE FROM order_items"))

    async def asyncTearDown(self):
        self.session.execute(text("DELETE FROM order_items WHERE order_id > 1000"))
        self.session.close()

    async def test_items(self):
        self.assertEqual(self.session.query(Order).count(), 0)

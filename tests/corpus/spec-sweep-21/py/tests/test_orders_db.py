import os
import unittest

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from shop.models import Order

engine = create_engine(os.environ["DATABASE_URL"])


def _wipe(conn):
    conn.execute(text("TRUNCATE orders, payments"))


class OrderTests(unittest.TestCase):
    def setUp(self):
        self.session = Session(engine)
        self.session.query(Order).delete()

    def tearDown(self):
        self.session.rollback()
        with engine.begin() as conn:
            _wipe(conn)
        self.session.close()

    def test_empty(self):
        self.assertEqual(self.session.query(Order).count(), 0)

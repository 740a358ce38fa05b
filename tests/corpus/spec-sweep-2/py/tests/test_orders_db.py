import unittest

from django.db import connection
from django.test import TransactionTestCase
from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from app.db import engine
from app.models import Cart, User
from shop.models import Order


class OrderFlowTest(TransactionTestCase):
    def setUp(self):
        Order.objects.all().delete()
        Order.objects.filter(status="draft").delete()

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM shop_order")

    def test_place(self):
        self.assertEqual(Order.objects.count(), 0)


class UserRepoTest(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        with Session(engine) as session:
            session.execute(delete(User))
            session.commit()

    def setUp(self):
        self.session = Session(engine)
        self.session.execute(delete(Cart).where(Cart.owner_id == 42))

    def tearDown(self):
        self.session.execute(text("TRUNCATE TABLE carts RESTART IDENTITY"))
        self.session.close()

    def test_lookup(self):
        self.assertIsNotNone(self.session)


class TestReports:
    def teardown_method(self):
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS report_rows"))

    def test_report(self):
        with engine.connect() as conn:
            conn.execute(text("DELETE FROM report_rows"))

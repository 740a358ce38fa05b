import unittest

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from shop.db import Base
from shop.models import Order


class InMemoryOrderTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = create_engine("sqlite:///:memory:")
        Base.metadata.create_all(cls.engine)

    @classmethod
    def tearDownClass(cls):
        Base.metadata.drop_all(cls.engine)

    def setUp(self):
        self.session = Session(self.engine)
        self.session.query(Order).delete()

    def tearDown(self):
        self.session.close()

    def test_add(self):
        self.session.add(Order(number="A-1"))
        self.session.flush()
        self.assertEqual(self.session.query(Order).count(), 1)

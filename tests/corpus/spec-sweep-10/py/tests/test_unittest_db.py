import unittest

from app.db import connect


def tearDownModule():
    connect().execute("DROP TABLE IF EXISTS ledger_archive")


class LedgerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = connect()
        cls.conn.execute("DELETE FROM ledger")

    def setUp(self):
        self.addCleanup(self.conn.rollback)

    def tearDown(self):
        self.conn.execute("DELETE FROM ledger WHERE source = 'test'")
        self.doCleanups()

    def test_balance(self):
        self.assertEqual(self.conn.execute("SELECT 1").fetchone()[0], 1)

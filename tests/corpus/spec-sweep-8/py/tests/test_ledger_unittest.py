import unittest

from app import ledger


class LedgerCase(unittest.TestCase):
    entries = []
    snapshot = {}

    @classmethod
    def setUpClass(cls):
        cls.accounts = []
        cls.conn = ledger.connect()

    def setUp(self):
        self.snapshot = {}

    def test_a_open(self):
        self.accounts.append(ledger.open(self.conn))
        type(self).last_account = self.accounts[-1]
        self.snapshot["a"] = 1

    def test_b_close(self):
        ledger.close(self.conn, type(self).last_account)

    def test_c_log(self):
        self.entries.append("c")
        self.assertTrue(self.entries)

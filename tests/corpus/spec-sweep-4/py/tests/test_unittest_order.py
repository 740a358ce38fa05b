import unittest

from app import api

token = None


class LedgerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.base_url = "http://localhost/api"

    @classmethod
    def tearDownClass(cls):
        api.db().execute("DROP TABLE IF EXISTS ledger")

    @classmethod
    def test_1_open_account(cls):
        global token
        token = api.login(cls.base_url, user=api.fresh_user())
        cls.account_id = api.open_account(cls.base_url, token)

    def test_2_deposit(self):
        session = token
        api.deposit(self.base_url, session, self.account_id, 100)

    def test_3_balance(self):
        self.assertEqual(api.balance(self.base_url, self.account_id), 100)

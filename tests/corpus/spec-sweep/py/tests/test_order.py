import unittest

from app.client import ApiClient

token = None
client = ApiClient()


def test_login():
    global token
    token = client.login()
    assert token


def test_profile():
    profile = client.profile(token)
    assert profile["name"]


class TestAccountFlow(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.api = ApiClient()

    def test_1_create(self):
        type(self).account_id = self.api.create_account()["id"]

    def test_2_read(self):
        account = self.api.get_account(self.account_id)
        self.assertEqual(account["id"], self.account_id)

    def test_3_api_only(self):
        self.assertTrue(self.api.ping())

import unittest

from app.client import ApiClient


class TokenFlowTest(unittest.TestCase):
    token = None

    @classmethod
    def setUpClass(cls):
        cls.client = ApiClient()

    def test_1_login(self):
        type(self).token = self.client.login_as_fresh_user()
        self.assertTrue(self.token)

    def test_2_profile(self):
        profile = self.client.profile(self.token)
        self.assertEqual(profile["active"], True)

    def test_3_client_ready(self):
        self.assertIsNotNone(self.client)

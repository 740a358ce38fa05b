from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.test import LiveServerTestCase


class CheckoutLiveTest(LiveServerTestCase):
    host = "127.0.0.1"
    port = 8090

    def test_home(self):
        self.assertTrue(self.live_server_url)


class AssetsLiveTest(StaticLiveServerTestCase):
    port = 0

    def test_assets(self):
        self.assertTrue(self.live_server_url.endswith(str(self.server_thread.port)))

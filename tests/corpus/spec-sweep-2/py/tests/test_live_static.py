from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from selenium.webdriver import Firefox


class DashboardLiveTest(StaticLiveServerTestCase):
    port = 8082

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.browser = Firefox()

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        super().tearDownClass()

    def test_home(self):
        self.browser.get(self.live_server_url)


class EphemeralLiveTest(StaticLiveServerTestCase):
    port = 0

    def test_home(self):
        assert self.live_server_url.startswith("http://")

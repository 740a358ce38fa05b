from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.test import LiveServerTestCase
from selenium.webdriver import Firefox


class CheckoutLiveTests(LiveServerTestCase):
    port = 8081

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.browser = Firefox()

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        super().tearDownClass()

    def test_home_page(self):
        self.browser.get(self.live_server_url)
        self.assertIn("Shop", self.browser.title)


class DocsLiveTests(StaticLiveServerTestCase):
    def test_docs_page(self):
        import urllib.request

        with urllib.request.urlopen(f"{self.live_server_url}/docs/") as resp:
            self.assertEqual(resp.status, 200)

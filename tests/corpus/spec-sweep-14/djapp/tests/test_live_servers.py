import os

from channels.testing import ChannelsLiveServerTestCase
from django.contrib.staticfiles.testing import StaticLiveServerTestCase as StaticLive
from django.test import LiveServerTestCase

ADMIN_PORT = 8095


class ChatRoomLiveTest(ChannelsLiveServerTestCase):
    port = 8093

    def test_room_page(self):
        self.assertTrue(self.live_server_url.startswith("http://"))


class AdminLiveTest(StaticLive):
    port = ADMIN_PORT

    def test_admin_login_page(self):
        self.assertIn(str(ADMIN_PORT), self.live_server_url)


class ConfiguredLiveTest(LiveServerTestCase):
    port = int(os.environ.get("LIVE_SERVER_PORT", 8094))

    def test_home(self):
        self.assertTrue(self.live_server_url)


class EnvOnlyLiveTest(LiveServerTestCase):
    port = int(os.environ["LIVE_SERVER_PORT"])

    def test_home(self):
        self.assertTrue(self.live_server_url)


class DefaultPortLiveTest(LiveServerTestCase):
    def test_home(self):
        self.assertTrue(self.live_server_url)


class WorkerPortLiveTest(StaticLive):
    port = 8200 + int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:])

    def test_assets(self):
        self.assertTrue(self.live_server_url)


class SuppressedLiveTest(LiveServerTestCase):
    # isolint: ignore[hardcoded-port] -- this suite runs serially on a dedicated CI job
    port = 8096

    def test_home(self):
        self.assertTrue(self.live_server_url)


class TypoSuppressionLiveTest(ChannelsLiveServerTestCase):
    port = 8098  # isolint: ignore[hardcoded-ports]

    def test_socket(self):
        self.assertTrue(self.live_server_url)


def test_pytest_django_live_server(live_server):
    import urllib.request

    with urllib.request.urlopen(f"{live_server.url}/health/") as resp:
        assert resp.status == 200

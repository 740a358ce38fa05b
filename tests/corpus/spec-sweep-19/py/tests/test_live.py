import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from django.test import LiveServerTestCase


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(204)
        self.end_headers()


def serve(handler, port=8090):
    httpd = HTTPServer(("", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


class CheckoutLiveTests(LiveServerTestCase):
    host = "127.0.0.1"
    port = 8082

    def test_home(self):
        self.assertTrue(self.live_server_url.endswith(":8082"))


class StubServerTests(LiveServerTestCase):
    def test_stub(self):
        httpd = serve(Handler)
        self.addCleanup(httpd.shutdown)
        self.assertEqual(httpd.server_address[1], 8090)

import asyncio
import http.server
import socketserver
import threading

import pytest
import pytest_asyncio

STATUS_PORT = 8716


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


@pytest.fixture(scope="module")
def status_server():
    server = socketserver.TCPServer(("localhost", STATUS_PORT), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture
def ephemeral_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    yield server.server_address[1]
    server.server_close()


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def echo_server():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 8717)
    yield server
    server.close()


@pytest_asyncio.fixture(loop_scope="session")
async def clean_tables(db):
    await db.execute("TRUNCATE TABLE orders CASCADE")
    yield


@pytest.fixture
def cleaned_by_finalizer(request, db):
    def wipe():
        db.execute("DELETE FROM invoices")

    request.addfinalizer(wipe)


@pytest.fixture
def scoped_cleanup(db):
    yield
    db.execute("DELETE FROM invoices WHERE id = ?", (1,))


def test_status(status_server):
    assert status_server


def test_ephemeral(ephemeral_server):
    assert ephemeral_server > 0


@pytest.mark.asyncio(loop_scope="module")
async def test_echo(echo_server):
    assert echo_server


def test_httpserver_plugin(httpserver):
    httpserver.expect_request("/ping").respond_with_data("ok")
    assert httpserver.url_for("/ping")

"""pytest-httpserver servers: the port is bound when the server starts."""
from pytest_httpserver import HTTPServer


def test_repr_of_an_unstarted_server():
    # Constructed only to read its repr: nothing listens on 12345.
    server = HTTPServer(host="localhost", port=12345)
    assert "port=12345" in repr(server)


def test_server_as_context_manager():
    with HTTPServer(port=4001) as server:
        server.expect_request("/ping").respond_with_data("pong")


def test_server_started_by_hand():
    server = HTTPServer(host="127.0.0.1", port=4002)
    server.start()
    try:
        assert server.is_running()
    finally:
        server.stop()

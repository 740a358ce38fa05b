import os
from http.server import BaseHTTPRequestHandler, HTTPServer


def test_comment_before_first_line():
    # isolint: ignore[env-mutation]
    os.environ.update(
        {"X": "1"}
    )


def test_trailing_on_last_line():
    os.environ.update(
        {"Y": "1"}
    )  # isolint: ignore[env-mutation]


def test_trailing_on_first_line():
    os.environ.update(  # isolint: ignore[env-mutation]
        {"Z": "1"}
    )


def test_port_comment_before_call():
    # isolint: ignore[hardcoded-port]
    srv = HTTPServer(
        ("", 8123),
        BaseHTTPRequestHandler,
    )
    srv.server_close()


def test_port_comment_before_literal():
    srv = HTTPServer(
        # isolint: ignore[hardcoded-port]
        ("", 8124),
        BaseHTTPRequestHandler,
    )
    srv.server_close()

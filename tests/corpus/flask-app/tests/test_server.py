import socket
import threading

import pytest
from werkzeug.serving import make_server

from app import create_app


def get_free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dev_server_on_fixed_port():
    app = create_app({"TESTING": True})
    thread = threading.Thread(target=lambda: app.run(port=5000, use_reloader=False), daemon=True)
    thread.start()


def test_flask_run_literal():
    app = create_app({"TESTING": True})
    app.run(port=5001)


def test_werkzeug_server():
    server = make_server("127.0.0.1", 5002, create_app({"TESTING": True}))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.shutdown()


def test_werkzeug_free_port():
    server = make_server("127.0.0.1", get_free_port(), create_app({"TESTING": True}))
    server.shutdown()


def test_socket_from_fixture(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("", port))
    sock.close()


def test_client_connects_only():
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", 5002), timeout=0.1)

import os
from wsgiref.simple_server import make_server

import pytest
import uvicorn
from flask import Flask

from app.asgi import app as asgi_app
from app.net import get_free_port
from app.wsgi import application

PORT = int(os.getenv("PORT", 8000))
ALT_PORT = os.environ.get("ALT_PORT", "8001")
CONFIG_PORT = int(os.environ["CONFIG_PORT"])


@pytest.fixture
def port():
    return 5001


@pytest.fixture
def free_port():
    return get_free_port()


def test_uvicorn_default():
    uvicorn.run(asgi_app, port=PORT)


def test_flask_string_default():
    Flask(__name__).run(port=int(ALT_PORT))


def test_config_port():
    Flask(__name__).run(port=CONFIG_PORT)


def test_fixture_literal(port):
    server = make_server("", port, application)
    server.server_close()


def test_fixture_free(free_port):
    server = make_server("", free_port, application)
    server.server_close()

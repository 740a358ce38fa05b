import os.path
import socket
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from shop.models import Order, Product

pytestmark = pytest.mark.django_db(transaction=True)

WEBHOOK_PORT = 9310


@pytest.fixture
def staff_name():
    return "staff-lead"


@pytest.fixture
def worker_sku(worker_id):
    return f"SKU-{worker_id}"


@pytest.fixture
def webhook_server():
    server = HTTPServer(("127.0.0.1", WEBHOOK_PORT), SimpleHTTPRequestHandler)
    yield server
    server.server_close()


@pytest.fixture
def ephemeral_server():
    server = HTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
    yield server
    server.server_close()


@pytest.fixture(autouse=True)
def purge_orders():
    yield
    Order.objects.all().delete()


@pytest.fixture
def flushed_db():
    call_command("flush", interactive=False)


def test_staff_from_fixture(staff_name):
    user = User.objects.create_user(username=staff_name, password="pw")
    assert user.is_active


def test_per_worker_product(worker_sku):
    product, _ = Product.objects.get_or_create(sku=worker_sku)
    assert product.pk


def test_webhook(webhook_server, ephemeral_server):
    assert ephemeral_server.server_address[1] != 0


def test_raw_socket():
    sock = socket.socket()
    sock.bind(("localhost", 0))
    sock.close()


def test_report_written_next_to_tests():
    with open(os.path.join("reports", "orders.xml"), "w") as fh:
        fh.write("<orders/>")

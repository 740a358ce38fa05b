from django.urls import reverse


def test_token_for_customer(api_client, customer):
    url = reverse("token")
    response = api_client.post(url, {"username": "customer", "password": "pw"})
    assert response.status_code == 200


def test_token_for_staff(api_client):
    url = reverse("token")
    response = api_client.post(url, {"username": "staff", "password": "pw"})
    assert response.status_code == 200


def test_register(api_client):
    url = reverse("register")
    response = api_client.post(url, {"username": "newcomer", "password": "pw"})
    assert response.status_code == 201

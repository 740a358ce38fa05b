import httpx
import pytest
import requests

from .client import ApiClient

API = "https://api.example.test"


def test_signup_mocked(requests_mock):
    requests_mock.post(f"{API}/users", json={"id": 1})
    ApiClient(API).create_user(email="alice@example.com")


def test_signup_unmocked():
    ApiClient(API).create_user(email="bob@example.com")


def mock_session():
    # Named like a double, but a real HTTP session.
    return requests.Session()


def test_signup_through_named_mock():
    session = mock_session()
    session.post(f"{API}/users", json={"email": "carol@example.com"})


@pytest.fixture
def http_client_mock():
    # Named like the plugin fixtures, but a real client to the API.
    with httpx.Client(base_url=API) as client:
        yield client


def test_signup_through_named_fixture(http_client_mock):
    http_client_mock.post("/users", json={"email": "dave@example.com"})

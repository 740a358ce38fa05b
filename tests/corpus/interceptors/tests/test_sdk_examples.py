from unittest import mock

import billing
from billing import BillingClient
from billing.models import Attribute


class TestGeneratedExamples:
    def test_customers_post_service(self, http_client_mock):
        http_client_mock.stub_request("post", "/v1/customers")
        client = BillingClient(
            "sk_test_123",
            http_client=http_client_mock.get_mock_http_client(),
        )
        client.customers.create({"email": "jenny.rosen@example.com"})
        http_client_mock.assert_requested("post", path="/v1/customers")

    def test_customers_post(self, http_client_mock):
        billing.Customer.create(email="jenny.rosen@example.com")


def test_customers_with_requests_mock(requests_mock):
    requests_mock.post("https://billing.example/v1/customers", json={"id": "cus_1"})
    BillingClient("sk_test_123").customers.create({"email": "mocked@example.com"})


def test_customers_live():
    BillingClient("sk_test_123").customers.create({"email": "live@example.com"})


def test_union_attribute():
    obj = Attribute(mock.Mock(), {}, {})

    def make(data):
        return obj.make_union("type", "User", data)

    usr = make({"login": "login", "type": "User"})
    assert usr.value.login == "login"

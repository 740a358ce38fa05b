"""pytest-django tests that share rows across xdist workers."""
import pytest
from django.contrib.auth import get_user_model

from shop.models import Order


@pytest.fixture(autouse=True)
def clean_orders(db):
    Order.objects.all().delete()  # truncate-in-hook: deletes other workers' orders
    yield


@pytest.mark.django_db
def test_staff_can_list_orders(client):
    get_user_model().objects.create(username="admin", is_staff=True)  # shared-seed-data
    client.login(username="admin", password="")
    assert client.get("/orders/").status_code == 200

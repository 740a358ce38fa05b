import uuid

import pytest


@pytest.mark.django_db
def test_create_fixed_admin(django_user_model):
    django_user_model.objects.create_user(username="admin", password="pw")


@pytest.mark.django_db
def test_create_unique_user(django_user_model):
    django_user_model.objects.create_user(username=f"user-{uuid.uuid4()}", password="pw")


@pytest.mark.django_db
def test_login_shared_account(client):
    client.login(username="staff", password="password")


def test_fixed_port_with_suppression(live_server):
    import socket

    s = socket.socket()
    s.bind(("", 9101))  # isolint: ignore[hardcoded-port]
    s.close()


def test_unknown_rule_in_suppression():
    import socket

    s = socket.socket()
    # isolint: ignore[hardcoded-prot]
    s.bind(("", 9102))
    s.close()

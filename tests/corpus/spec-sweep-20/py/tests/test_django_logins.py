import pytest


@pytest.mark.django_db
def test_admin_client_dashboard(admin_client):
    assert admin_client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_admin_user_login(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_shared_admin_login(client):
    client.login(username="admin", password="password")
    assert client.get("/admin/").status_code == 200

import uuid

import pytest
from django.contrib.auth.models import User


@pytest.mark.django_db
def test_ops_account():
    user, _ = User.objects.get_or_create(username="ops")
    assert user.pk


@pytest.mark.django_db
def test_fresh_account(django_user_model):
    user = django_user_model.objects.create_user(username=f"u-{uuid.uuid4().hex}")
    assert user.pk


@pytest.mark.django_db
def test_login_created_here(client, django_user_model):
    django_user_model.objects.create_user(username="carol", password="pw")
    assert client.login(username="carol", password="pw")

from unittest.mock import Mock
from uuid import uuid4

import pytest

from ledger import api
from ledger.models import Account
from ledger.validation import is_valid_email


@pytest.fixture(scope="session")
def ops_account(django_db_blocker):
    with django_db_blocker.unblock():
        account, _ = Account.objects.get_or_create(username="ops", defaults={"name": "Ops"})
    return account


@pytest.fixture
def fresh_account(db):
    return Account.objects.create(username=f"acct-{uuid4().hex[:8]}", name="Fresh")


def test_ops_can_close_period(ops_account):
    assert ops_account.can_close_period


def test_register_auditor(db):
    user = api.register_user(email="auditor@ledger.test", name="Auditor")
    assert user.is_active


def test_register_unique(db):
    user = api.register_user(email=f"{uuid4()}@ledger.test", name="Auditor")
    assert user.is_active


def test_email_validation():
    assert is_valid_email("a@b.com")


def test_repository_is_mocked():
    repo = Mock()
    repo.create(email="mocked@ledger.test")
    repo.create.assert_called_once()


def test_fresh_account_lookup(fresh_account):
    assert Account.objects.get(username=fresh_account.username).name == "Fresh"


def test_reads_seeded_customer(db):
    assert Account.objects.get(username="customer1").is_active


def test_erp_link(db):
    Account.objects.update_or_create(external_id="ERP-0001", defaults={"name": "ERP"})

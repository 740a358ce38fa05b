import pytest
import json


class TestCart:
    items = []

    @classmethod
    def setup_class(cls):
        cls.db = connect()
        cls.db.execute("DELETE FROM carts")

    @classmethod
    def teardown_class(cls):
        cls.db.execute("DROP TABLE IF EXISTS cart_items")

    def test_adds(self):
        self.items.append("apple")
        assert self.items

    def test_creates_token(self):
        type(self).token = "t-1"

    def test_uses_token(self):
        assert self.token == "t-1"


@pytest.fixture
def account(request, repo):
    return repo.save(Account(slug=request.param))


@pytest.mark.parametrize("account", ["acme"], indirect=True)
def test_indirect_account(account):
    assert account


def test_literal_slug_saved(repo):
    repo.save(Account(slug="globex", name="Globex"))


def connect():
    raise NotImplementedError


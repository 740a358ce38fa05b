import pytest
from mongomantic import connect

from svc.repositories import UserRepository
from svc.models import User


@pytest.fixture
def mongodb():
    connect("localhost:27017", "test", mock=True)


def test_repository_save(mongodb):
    user = UserRepository.save(User(first_name="John", email="john@google.com"))
    assert user.id


def test_repository_get(mongodb):
    UserRepository.save(User(first_name="Jane", email="jane@google.com"))
    assert UserRepository.get(email="jane@google.com").first_name == "Jane"

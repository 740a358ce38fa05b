import pytest
from peewee import PostgresqlDatabase

from app.models import MODELS, Author, Book

database = PostgresqlDatabase("library_test", host="localhost")


@pytest.fixture(scope="session", autouse=True)
def tables():
    database.bind(MODELS)
    database.create_tables(MODELS)
    yield


@pytest.fixture(autouse=True)
def empty_tables():
    yield
    for model in MODELS:
        model.truncate_table(cascade=True)


def test_book_count():
    author = Author.create(name="Ursula")
    Book.create(title="The Dispossessed", author=author)
    assert Book.select().count() == 1

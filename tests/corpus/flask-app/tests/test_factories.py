"""A connection factory's positional options dict is no record; a factory_boy
factory's keyword fields are."""
from redis_cache import pool

from tests.factories import UserFactory


def test_connection_options():
    params = pool.ConnectionFactory(
        {
            "USERNAME": "django",
            "PASSWORD": "mysecret",
        },
    ).make_connection_params("")
    assert params["username"] == "django"


def test_user_factory(db):
    user = UserFactory(username="django")
    assert user.pk

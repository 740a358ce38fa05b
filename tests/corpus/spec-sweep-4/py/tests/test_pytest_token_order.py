import pytest

from app import client as api

token = None
user_id = None


@pytest.fixture
async def auth_token():
    return await api.login_fresh_user()


async def test_login():
    global token, user_id
    token, user_id = await api.login_fresh_user()
    assert token


async def test_profile():
    profile = await api.profile(user_id)
    assert profile.owner == user_id
    assert (await api.me(token)).ok


async def test_profile_with_fixture(auth_token):
    assert (await api.me(auth_token)).ok

"""Accounts made through an imported `create_test_user(db, **data)` helper."""
import pytest
from httpx import AsyncClient

from tests.utils.user import create_test_app, create_test_user


@pytest.mark.asyncio
async def test_login(client: AsyncClient, test_db):
    user_data = {"email": "owner@example.com", "password": "pw123"}
    await create_test_user(test_db, **user_data)
    response = await client.post(
        "/auth/login",
        data={"username": user_data["email"], "password": user_data["password"]},
    )
    assert response.status_code == 200


def test_app_factory():
    app = create_test_app(name="admin")
    assert app.name == "admin"

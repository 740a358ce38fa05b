"""Clients of the test's own in-process instance (Home Assistant's plugin
fixtures) next to a client of an app the test builds itself."""
from http import HTTPStatus

from app.web import make_app

CLIENT_ID = "https://example.com/app"


async def test_login_exist_user(hass, hass_client_no_auth):
    client = await hass_client_no_auth()
    resp = await client.post(
        "/auth/login_flow/abc",
        json={"client_id": CLIENT_ID, "username": "test-user", "password": "test-pass"},
    )
    assert resp.status == HTTPStatus.OK


async def test_create_user(hass, hass_client):
    client = await hass_client()
    resp = await client.post(
        "/api/config/auth/create", json={"name": "Paulus", "username": "paulus"}
    )
    assert resp.status == HTTPStatus.OK


async def test_login_on_built_app(aiohttp_client):
    client = await aiohttp_client(make_app())
    resp = await client.post(
        "/auth/login_flow/abc",
        json={"username": "svc-operator", "password": "test-pass"},
    )
    assert resp.status == HTTPStatus.OK


async def test_orm_write_beside_client(hass, hass_client, db):
    client = await hass_client()
    User.objects.create(username="hass-owner")
    resp = await client.get("/api/")
    assert resp.status == HTTPStatus.OK

from app.web import make_app


async def test_create_bot_account(aiohttp_client):
    client = await aiohttp_client(make_app())
    resp = await client.post("/accounts", json={"login": "svc-bot"})
    assert resp.status == 201


async def test_create_suppressed(aiohttp_client):
    client = await aiohttp_client(make_app())
    # isolint: ignore[shared-seed-data]
    resp = await client.post("/accounts", json={"login": "svc-seeded"})
    assert resp.status == 201


async def test_create_unknown_rule_suppression(aiohttp_client):
    client = await aiohttp_client(make_app())
    resp = await client.post("/accounts", json={"login": "svc-typo"})  # isolint: ignore[seed-data]
    assert resp.status == 201

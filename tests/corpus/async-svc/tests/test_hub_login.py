import httpx

from hub.testing import add_user, hub_url


async def test_own_account_sees_home(app):
    name = "kiwi"
    add_user(app.db, app, name=name)
    cookies = await app.login_user(name)
    async with httpx.AsyncClient(base_url=hub_url(app), cookies=cookies) as client:
        assert (await client.get("/home")).status_code == 200


async def test_admin_sees_admin_page(app):
    cookies = await app.login_user("root")
    async with httpx.AsyncClient(base_url=hub_url(app), cookies=cookies) as client:
        assert (await client.get("/admin")).status_code == 200

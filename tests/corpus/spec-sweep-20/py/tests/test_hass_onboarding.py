import requests


async def test_onboarding(hass, hass_client):
    client = await hass_client()
    await client.post("/api/onboarding/users", json={"username": "owner"})


async def test_onboarding_and_cloud(hass, hass_client):
    client = await hass_client()
    await client.get("/api/onboarding")
    requests.post("https://accounts.example.test/users", json={"username": "cloud-owner"})

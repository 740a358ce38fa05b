import uvicorn


def test_live(live_api):
    assert live_api.server_address[1]


def test_config_uses_conftest_port(api_port):
    config = uvicorn.Config("shop.asgi:app", port=api_port)
    assert config.port


def test_free(free_api):
    assert free_api.server_address[1] != 0

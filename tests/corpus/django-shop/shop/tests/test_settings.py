import os
from unittest import mock

import pytest
from django.conf import settings

from shop.payments import gateway_url


def test_gateway_url_from_env(monkeypatch):
    monkeypatch.setenv("PAYMENT_GATEWAY", "https://sandbox.pay.test")
    assert gateway_url() == "https://sandbox.pay.test"


@mock.patch.dict(os.environ, {"PAYMENT_MODE": "live"})
def test_live_mode():
    assert gateway_url().startswith("https://pay")


def test_sandbox_mode():
    with mock.patch.dict(os.environ, {"PAYMENT_MODE": "sandbox"}):
        assert "sandbox" in gateway_url()


def test_forces_debug():
    os.environ["DJANGO_DEBUG"] = "1"
    assert settings.DEBUG is False


def test_currency_override():
    os.environ.update({"SHOP_CURRENCY": "EUR"})
    assert gateway_url().endswith("eur")


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def test_upload_goes_to_tmp(media_root):
    (media_root / "avatar.png").parent.mkdir(parents=True, exist_ok=True)
    (media_root / "avatar.png").write_bytes(b"\x89PNG")
    assert (media_root / "avatar.png").exists()

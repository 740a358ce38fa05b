import os
import re
from unittest import mock

import pytest

from app import settings

DEFAULTS = {"debug": False, "log_level": "INFO"}
ALLOWED_LEVELS = frozenset({"DEBUG", "INFO", "WARNING"})
SIZE_RE = re.compile(r"^\d+(KB|MB)$")
_overrides = {}


@pytest.fixture(autouse=True)
def _fresh_settings():
    settings.get_settings.cache_clear()
    _overrides.clear()
    yield
    settings.get_settings.cache_clear()


def test_env_override(monkeypatch):
    monkeypatch.setenv("LOG_LEVEL", "DEBUG")
    assert settings.get_settings().log_level in ALLOWED_LEVELS


@mock.patch.dict(os.environ, {"DEBUG": "1"})
def test_debug_flag():
    assert settings.get_settings().debug is True


def test_defaults():
    with mock.patch.dict(os.environ, clear=True):
        assert settings.get_settings().log_level == DEFAULTS["log_level"]


def test_override_registry():
    _overrides["log_level"] = "WARNING"
    assert settings.get_settings(**_overrides).log_level == "WARNING"


def test_cwd_relative_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "settings.toml").write_text("debug = true\n")
    assert settings.get_settings().debug is True


def test_upload_limit_format():
    assert SIZE_RE.match(settings.get_settings().max_upload)


def test_restored_in_finally():
    saved = os.environ.get("REGION")
    os.environ["REGION"] = "eu-west-1"
    try:
        assert settings.get_settings().region == "eu-west-1"
    finally:
        if saved is None:
            del os.environ["REGION"]
        else:
            os.environ["REGION"] = saved


def test_feature_flags():
    os.environ["FEATURE_FLAGS"] = "beta,new-checkout"
    assert "beta" in settings.get_settings().features

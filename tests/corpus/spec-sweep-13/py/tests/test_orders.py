from os import environ as env
from os import putenv as raw_putenv
from pathlib import Path
from shutil import rmtree as rm_tree
from tempfile import gettempdir as tmp_root
from unittest.mock import patch as mock_patch

import pytest

from shop.models import Customer, Order
from tests.helpers import write_settings

EXPORT_DIR = Path(tmp_root()) / "orders-export"


@pytest.fixture
def order_code():
    return "ORD-0001"


@pytest.fixture
def exported(tmp_path):
    out = tmp_path / "orders.csv"
    out.write_text("id,code\n")
    return out


def test_create_order(db, order_code):
    Order.objects.create(code=order_code, total=10)


def test_customer_slug(db):
    Customer.objects.get_or_create(slug="acme", defaults={"name": "Acme"})


def test_export_to_shared_dir():
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    (EXPORT_DIR / "orders.csv").write_text("id\n")
    rm_tree(EXPORT_DIR)


def test_export_private(exported):
    assert exported.read_text().startswith("id")


def test_env_flag_leaks():
    env["SHOP_FEATURE_RETURNS"] = "on"
    assert env["SHOP_FEATURE_RETURNS"] == "on"


def test_env_update_leaks():
    env.update(SHOP_REGION="eu-west-1")
    raw_putenv("SHOP_TRACE", "1")


@pytest.mark.parametrize("currency", ["EUR", "USD"])
def test_env_patched(currency):
    with mock_patch.dict(env, {"SHOP_CURRENCY": currency}):
        assert env["SHOP_CURRENCY"] == currency


def test_clock_started():
    mock_patch("time.time", return_value=0).start()


def test_settings_via_helper(tmp_path):
    write_settings(tmp_path / "s.ini", "[shop]\n")

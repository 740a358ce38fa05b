import os as o
import unittest
from contextlib import chdir as pushd
from os import chdir, putenv
from unittest import mock as um
from unittest.mock import patch as mpatch

import pytest
from freezegun import freeze_time as ft

from app.billing import due_date, now_ts
from app.db import SessionLocal
from app.models import Invoice, User


@pytest.fixture
def wipe_users():
    with SessionLocal() as s:
        s.query(User).delete(synchronize_session=False)
        s.execute(Invoice.__table__.delete())
        s.query(User).filter(User.email.like("%@pytest.local")).delete(synchronize_session=False)
        s.commit()
    yield


def test_chdir_from_os():
    chdir("/srv/app")
    assert now_ts()


def test_putenv_from_os():
    putenv("BILLING_REGION", "eu")


def test_environ_module_alias():
    o.environ["BILLING_CURRENCY"] = "EUR"


def test_contextlib_chdir(tmp_path):
    with pushd(tmp_path):
        assert now_ts()


def test_freezer_alias():
    ft("2026-01-01").start()
    assert due_date().year == 2026


def test_patch_alias():
    mpatch("time.time", return_value=9.0).start()
    assert now_ts() == 9


class AliasedCase(unittest.TestCase):
    def setUp(self):
        self.cwd = o.getcwd()
        o.chdir("/srv/app")
        um.patch("time.time", return_value=10.0).start()
        self.addCleanup(mpatch.stopall)

    def tearDown(self):
        o.chdir(self.cwd)

    def test_now(self):
        self.assertEqual(now_ts(), 10)


class LeakyAliasedCase(unittest.TestCase):
    def setUp(self):
        um.patch("time.time", return_value=11.0).start()

    def test_now(self):
        self.assertEqual(now_ts(), 11)

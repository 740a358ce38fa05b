import datetime as dt
import os
from collections import defaultdict
from unittest import mock

import freezegun
from django.conf import settings
from django.test import TestCase, override_settings
from freezegun import freeze_time

from shop.tasks import send_receipts


@freeze_time("2024-03-01 12:00:00")
class FrozenClassTests(TestCase):
    def test_receipt_date(self):
        self.assertEqual(dt.date.today(), dt.date(2024, 3, 1))


class ClockStartedInSetUpClass(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.clock = freezegun.freeze_time("2024-03-01")
        cls.clock.start()

    @classmethod
    def tearDownClass(cls):
        cls.clock.stop()
        super().tearDownClass()

    def test_today(self):
        self.assertEqual(dt.date.today().day, 1)


class ClockLeakedInSetUp(TestCase):
    def setUp(self):
        self.frozen = freezegun.freeze_time("2024-12-24").start()

    def test_christmas_eve(self):
        self.assertEqual(dt.date.today().month, 12)


class ClockWithCleanup(TestCase):
    def setUp(self):
        patcher = freeze_time("2024-06-01")
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_june(self):
        self.assertEqual(dt.date.today().month, 6)


@override_settings(CELERY_TASK_ALWAYS_EAGER=True)
class EagerCeleryTests(TestCase):
    def test_receipts_sent(self):
        self.assertTrue(send_receipts.delay().successful())


class EagerViaSettingsContext(TestCase):
    def test_receipts(self):
        with self.settings(CELERY_TASK_ALWAYS_EAGER=True):
            self.assertTrue(send_receipts.delay().successful())


class EagerViaEnvironment(TestCase):
    def setUp(self):
        os.environ["CELERY_TASK_ALWAYS_EAGER"] = "true"

    def test_receipts(self):
        self.assertTrue(send_receipts.delay().successful())


class EagerViaEnvironmentRestored(TestCase):
    def setUp(self):
        self._saved = os.environ.get("CELERY_BROKER_URL")
        os.environ["CELERY_BROKER_URL"] = "memory://"

    def tearDown(self):
        if self._saved is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = self._saved

    def test_broker(self):
        self.assertEqual(os.environ["CELERY_BROKER_URL"], "memory://")


@mock.patch.dict(os.environ, {"CELERY_RESULT_BACKEND": "cache+memory://"})
class EagerViaPatchDict(TestCase):
    def test_backend(self):
        self.assertIn("memory", os.environ["CELERY_RESULT_BACKEND"])


class SettingsAttributeTests(TestCase):
    def test_direct_setting_write(self):
        settings.CELERY_TASK_ALWAYS_EAGER = True
        self.assertTrue(settings.CELERY_TASK_ALWAYS_EAGER)


class InvoiceFlowTests(TestCase):
    hits = defaultdict(int)

    @classmethod
    def setUpTestData(cls):
        cls.invoice_number = None

    def test_issue(self):
        self.hits["issue"] += 1
        type(self).invoice_number = "INV-1"
        self.assertTrue(self.invoice_number)

    def test_pay(self):
        self.assertEqual(self.invoice_number, "INV-1")
        self.hits["pay"] += 1

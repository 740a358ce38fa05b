import unittest
from unittest import mock

from freezegun import freeze_time

from app.billing import Invoice, due_date

_module_freezer = freeze_time("2024-01-31")


def setUpModule():
    _module_freezer.start()


class InvoiceTests(unittest.TestCase):
    CURRENCIES = ("EUR", "USD")
    LIMITS = {"EUR": 10_000, "USD": 12_000}

    def setUp(self):
        patcher = mock.patch("time.time", return_value=1_706_659_200.0)
        self.mock_time = patcher.start()
        self.addCleanup(patcher.stop)
        self.freezer = freeze_time("2024-02-29")
        self.freezer.start()
        self.addCleanup(self.freezer.stop)

    def test_due_date(self):
        self.assertEqual(due_date(Invoice(days=30)).isoformat(), "2024-03-30")

    def test_limits(self):
        for cur in self.CURRENCIES:
            self.assertGreater(self.LIMITS[cur], 0)

    @freeze_time("2024-12-31")
    def test_year_end(self):
        self.assertEqual(due_date(Invoice(days=1)).year, 2025)

    def test_leap_day(self):
        with freeze_time("2028-02-29"):
            self.assertEqual(due_date(Invoice(days=1)).day, 1)


if __name__ == "__main__":
    unittest.main()

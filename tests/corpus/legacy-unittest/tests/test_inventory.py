import unittest

from inventory import make_item


class InventoryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.reserved = []
        cls.created = []

    @classmethod
    def tearDownClass(cls):
        for item in cls.created:
            item.delete()

    def test_reserve(self):
        self.reserved.append("sku-1")
        self.created.append(make_item("a"))
        self.assertEqual(self.reserved, ["sku-1"])

    def test_release(self):
        self.created.append(make_item("b"))
        self.assertNotIn("sku-2", self.reserved)

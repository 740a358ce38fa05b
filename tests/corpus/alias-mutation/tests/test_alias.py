import copy
from unittest import TestCase

CACHE = {}
EVENTS = []


class DataTest(TestCase):
    data = {"a": 1}
    tags = ["x"]

    def test_pops_through_alias(self):
        d = self.data
        d.pop("a")
        self.assertNotIn("a", d)

    def test_reads_class_data(self):
        self.assertIn("a", self.data)

    def test_copies_are_not_aliases(self):
        d = dict(self.data)
        d["b"] = 2
        e = self.data.copy()
        e.clear()
        f = copy.deepcopy(self.data)
        del f["a"]
        t = self.tags[:]
        t.append("y")
        u = list(self.tags)
        u.append("z")
        s = set(self.tags)
        s.add("w")
        self.assertEqual(len(self.tags), 1)

    def test_class_alias(self):
        t = DataTest.tags
        t.append("y")
        self.assertIn("y", self.tags)


class ResetTest(TestCase):
    items = []

    def setUp(self):
        d = self.items
        d.clear()

    def test_appends_through_alias(self):
        d = self.items
        d.append(1)
        self.assertEqual(self.items, [1])


def test_module_alias():
    c = CACHE
    c["k"] = 1
    assert CACHE["k"] == 1


def test_module_alias_delete():
    c = CACHE
    del c["k"]


def test_rebound_alias():
    e = EVENTS
    e = []
    e.append(1)
    assert e == [1]


def test_alias_read_only():
    e = EVENTS
    assert len(e) >= 0

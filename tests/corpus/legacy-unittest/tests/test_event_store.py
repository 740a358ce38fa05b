import unittest

from bson import ObjectId
from pymongo import MongoClient


class EventStoreTests(unittest.TestCase):
    def setUp(self):
        self.client = MongoClient("mongodb://localhost:27017")
        self.addCleanup(self.client.close)

    def test_store_in_own_collection(self):
        # A collection named from a fresh ObjectId: this test's own.
        events = self.client.events[f"events_{ObjectId()}"]
        self.addCleanup(events.drop)
        events.insert_one({"_id": 1, "kind": "created"})
        self.assertEqual(events.find_one({"_id": 1})["kind"], "created")

    def test_store_in_shared_collection(self):
        events = self.client.events["events"]
        events.insert_one({"_id": 1, "kind": "created"})
        self.assertEqual(events.count_documents({}), 1)

from unittest import TestCase

from mongoengine import connect, disconnect


class MongoTestCase(TestCase):
    """Each test talks to mongomock: a database in the process's own memory."""

    def setUp(self):
        self.connection = connect("inventorytest", host="mongomock://localhost")

    def tearDown(self):
        self.connection.drop_database("inventorytest")
        disconnect()


class LiveMongoTestCase(TestCase):
    """Each test talks to the shared development server."""

    def setUp(self):
        self.connection = connect("inventory", host="mongodb://localhost:27017")

    def tearDown(self):
        disconnect()

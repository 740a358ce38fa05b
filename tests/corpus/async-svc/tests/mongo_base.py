"""A base class the Mongo test classes of other modules derive from."""
from uuid import uuid4

import pymongo

TEST_DB = "svc_test"
client = pymongo.MongoClient()


class SharedDBTest:
    # pytest runs this before every test of every class deriving from it.
    def setup_method(self):
        client.drop_database(TEST_DB)


class PrivateDBTest:
    def setup_method(self):
        self.db_name = f"svc-test-{uuid4()}"

    def teardown_method(self):
        # The database this test named with uuid4(): no other worker uses it.
        client.drop_database(self.db_name)


class Seeder:
    def reset(self):
        # A helper no hook calls.
        client.drop_database(TEST_DB)

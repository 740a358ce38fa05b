from inventory.daos.user import create_user, find_user

from .mongo_base import LiveMongoTestCase, MongoTestCase


class UserDaoTests(MongoTestCase):
    def test_create_then_find(self):
        self.assertTrue(create_user("user1", "1234"))
        self.assertEqual("user1", find_user("user1").user_id)

    def test_duplicate_refused(self):
        self.assertTrue(create_user("user1", "1234"))
        self.assertFalse(create_user("user1", "1234"))


class UserDaoLiveTests(LiveMongoTestCase):
    def test_create_on_server(self):
        self.assertTrue(create_user("warehouse-admin", "1234"))

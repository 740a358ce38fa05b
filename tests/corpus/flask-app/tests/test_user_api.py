from tests.helpers import ApiTest


class UserApiTests(ApiTest):
    def test_create(self):
        self.create_user("jane_doe", "jane@example.com", "pw", expected_status=201)

    def test_rejected_names(self):
        # The API is expected to refuse these: no record is stored.
        self.create_user("abc", "valid@example.com", "pw", expected_status=400)
        self.create_user("@xxxx", "valid@example.com", "pw", expected_status=400)

import json
import unittest

from app import create_app

_state = {}


class RegistrationTests(unittest.TestCase):
    def setUp(self):
        self.client = create_app("testing").test_client()

    def test_01_register(self):
        response = self.client.post(
            "/api/v1/auth/registration",
            data=json.dumps(dict(username="tests", password="pass123")),
            content_type="application/json",
        )
        _state["id"] = json.loads(response.data)["id"]

    def test_02_profile(self):
        response = self.client.get(f"/api/v1/users/{_state['id']}")
        assert response.status_code == 200

    def test_03_question(self):
        response = self.client.post(
            "/api/v1/questions",
            data=json.dumps(dict(title="Blue chronicles", body="Why is blue awesome?")),
            content_type="application/json",
        )
        assert response.status_code == 201

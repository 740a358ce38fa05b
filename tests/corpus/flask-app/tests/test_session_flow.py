import pytest
import requests

BASE_URL = "http://api.internal"


class TestSessionFlow:
    @pytest.fixture(autouse=True)
    def setup(self):
        self.session = requests.Session()
        self.token = None

    def test_01_login(self):
        response = self.session.post(f"{BASE_URL}/login", json={"email": "a"})
        self.__class__.token = response.json()["token"]

    def test_02_me(self):
        response = self.session.get(
            f"{BASE_URL}/me", headers={"Authorization": f"Bearer {self.__class__.token}"}
        )
        assert response.status_code == 200

    def test_03_me_without_login(self):
        # Reads the instance attribute the fixture just set: `None`.
        assert self.token is None

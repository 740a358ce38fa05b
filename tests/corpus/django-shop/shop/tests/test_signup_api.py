from rest_framework import status
from rest_framework.test import APITestCase


class SignupApiTests(APITestCase):
    def test_plus_addressed_email_is_refused(self):
        # The API refuses the address: nothing is stored.
        response = self.client.post("/api/signup/", {"email": "john+alias@shop.test", "password": "pw"})
        self.assertEqual(response.status_code, status.HTTP_400_BAD_REQUEST)

    def test_promotion_is_forbidden(self):
        response = self.client.put("/api/users/7/", {"email": "boss@shop.test", "is_staff": True})

        assert response.status_code == 403

    def test_signup_creates_the_account(self):
        response = self.client.post("/api/signup/", {"email": "hedgehog@shop.test", "password": "pw"})
        self.assertEqual(response.status_code, status.HTTP_201_CREATED)

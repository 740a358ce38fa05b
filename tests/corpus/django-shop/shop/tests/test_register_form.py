from django.test import TestCase
from django.urls import reverse


class RegisterFormTests(TestCase):
    def test_passwords_do_not_match(self):
        # The form refuses a confirmation that differs: nothing is stored.
        response = self.client.post(
            reverse("register"),
            {
                "username": "form-tester",
                "email": "form-tester@example.com",
                "password1": "password-1",
                "password2": "password-2",
            },
        )
        self.assertContains(response, "didn't match")

    def test_register(self):
        response = self.client.post(
            reverse("register"),
            {
                "username": "form-tester",
                "email": "form-tester@example.com",
                "password1": "password",
                "password2": "password",
            },
        )
        self.assertEqual(response.status_code, 302)

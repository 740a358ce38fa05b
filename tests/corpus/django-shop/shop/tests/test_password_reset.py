from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase
from django.urls import reverse


class SignupTests(TestCase):
    def test_signup_creates_account(self):
        get_user_model().objects.create_user(username="ann", email="ann@shop.example")
        self.assertEqual(get_user_model().objects.count(), 1)


class PasswordResetTests(TestCase):
    def test_reset_for_unknown_address_sends_nothing(self):
        # A reset stores nothing: an address nobody creates is no record.
        self.client.post(reverse("password_reset"), {"email": "nobody@shop.example"})
        self.assertEqual(len(mail.outbox), 0)

    def test_reset_mails_the_account(self):
        # Relies on the account the signup test creates.
        self.client.post(reverse("password_reset"), {"email": "ann@shop.example"})
        self.assertEqual(len(mail.outbox), 1)

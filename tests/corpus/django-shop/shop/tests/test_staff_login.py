from django.contrib.auth.models import User
from django.test import TestCase


class EditorMixin:
    def setUp(self):
        super().setUp()
        self.user = User(username="editor", is_staff=True)
        self.user.set_password("password")
        self.user.save()


class LoggedInEditorMixin(EditorMixin):
    def setUp(self):
        super().setUp()
        # The account EditorMixin just saved: reported there, not here.
        self.client.login(username="editor", password="password")


class EditorPagesTest(LoggedInEditorMixin, TestCase):
    def test_dashboard(self):
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)


class AuditorPagesTest(TestCase):
    def test_audit_log(self):
        # An account nothing in the file creates.
        self.client.login(username="auditor", password="password")
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)

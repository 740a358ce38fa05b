import uuid

from django.contrib.auth import get_user_model
from rest_framework.test import APIClient, APITestCase

from shop.models import Tag

User = get_user_model()
SHARED_PASSWORD = "s3cret!"


class ProfileApiTests(APITestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice = User.objects.create_user("alice", password=SHARED_PASSWORD)

    def setUp(self):
        self.client = APIClient()

    def test_profile_with_force_authenticate(self):
        self.client.force_authenticate(user=self.alice)
        response = self.client.get("/api/profile/")
        self.assertEqual(response.status_code, 200)

    def test_profile_with_login_of_created_user(self):
        self.client.login(username="alice", password=SHARED_PASSWORD)
        response = self.client.get("/api/profile/")
        self.assertEqual(response.status_code, 200)


class AdminApiTests(APITestCase):
    def test_admin_dashboard(self):
        self.client.login(username="admin", password="admin")
        response = self.client.get("/api/admin/stats/")
        self.assertEqual(response.status_code, 200)

    def test_fresh_staff(self):
        staff = User.objects.create_user(f"staff-{uuid.uuid4().hex}", is_staff=True)
        self.client.force_authenticate(staff)
        self.assertEqual(self.client.get("/api/admin/stats/").status_code, 200)


class TaggingApiTests(APITestCase):
    owner = None

    def setUp(self):
        self.tag, _ = Tag.objects.get_or_create(slug="featured", defaults={"label": "Featured"})
        self.unique_tag, _ = Tag.objects.get_or_create(slug=f"t-{uuid.uuid4()}")
        self.user = User.objects.create_user(username="tagger", email=f"{uuid.uuid4()}@shop.test")

    def test_tag_listing(self):
        self.client.force_authenticate(self.user)
        response = self.client.get("/api/tags/")
        self.assertContains(response, "Featured")


def test_login_with_pytest_django_admin(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200


def test_token_for_support_agent(client, support_agent):
    response = client.post("/api/token/", {"username": "support-agent", "password": "pw"})
    assert response.status_code == 200

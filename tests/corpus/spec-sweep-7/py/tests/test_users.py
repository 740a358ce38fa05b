import re
import uuid

import pytest
from faker import Faker

from app.models import User
from tests.factories import OrgFactory, UserFactory

fake = Faker()
ROLES = ("admin", "editor", "viewer")
RESERVED = frozenset({"root", "admin"})
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_-]{2,31}$")
seen_ids = set()


@pytest.fixture(autouse=True)
def _bind_factories(session):
    UserFactory._meta.sqlalchemy_session = session
    OrgFactory._meta.sqlalchemy_session = session


def test_create_user(session):
    user = User(email=fake.unique.email(), username=f"u-{uuid.uuid4().hex[:8]}", role=ROLES[1])
    session.add(user)
    session.flush()
    seen_ids.add(user.id)
    assert user.id is not None


@pytest.mark.parametrize("role", ROLES)
def test_roles(session, role):
    user = UserFactory(role=role)
    assert session.get(User, user.id).role == role


def test_org_membership():
    org = OrgFactory()
    user = UserFactory(org=org, name="Member")
    assert user.org.slug.startswith("org-")


def test_reserved_names():
    assert "admin" in RESERVED
    assert USERNAME_RE.match("alice_01")


def test_duplicate_email_rejected():
    first = UserFactory(email="owner@example.com")
    with pytest.raises(ValueError):
        UserFactory(email=first.email)

import uuid as _uuid

import pytest
from sqlalchemy.orm import Session

from app.db import engine
from app.models import Team, User
from tests.factories import TeamFactory, UserFactory

SUPPORT_EMAIL = "support@corp.test"


@pytest.fixture
def session():
    with Session(engine) as s:
        yield s
        s.rollback()


@pytest.fixture
def owner_login():
    return "team-owner"


def test_adds_user_with_literal_email(session):
    session.add(User(email=SUPPORT_EMAIL, name="Support"))
    session.commit()


def test_add_all_with_literal_slugs(session):
    session.add_all(
        [
            Team(slug="platform"),
            Team(slug="growth"),
        ]
    )
    session.commit()


def test_adds_user_with_fixture_login(session, owner_login):
    session.add(User(username=owner_login, name="Owner"))
    session.commit()


def test_adds_user_with_uuid(session):
    session.add(User(email=f"{_uuid.uuid4().hex}@corp.test", name="Anon"))
    session.commit()


def test_factory_with_literal_override():
    UserFactory(username="factory-admin")


def test_factory_create_with_literal_code():
    TeamFactory.create(code="TEAM-7")


def test_factory_with_only_non_unique_overrides():
    UserFactory(name="Pat", is_staff=True)


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_factory_per_worker(role, worker_id):
    UserFactory(username=f"user-{worker_id}-{role}", role=role)

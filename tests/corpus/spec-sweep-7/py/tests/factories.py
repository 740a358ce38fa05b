import uuid

import factory
from factory.alchemy import SQLAlchemyModelFactory

from app.models import Org, User


class UserFactory(SQLAlchemyModelFactory):
    class Meta:
        model = User
        sqlalchemy_session_persistence = "flush"

    email = factory.Sequence(lambda n: f"user{n}-{uuid.uuid4().hex[:6]}@example.test")
    username = factory.Faker("user_name")
    name = "Test User"


class OrgFactory(SQLAlchemyModelFactory):
    class Meta:
        model = Org

    slug = factory.LazyFunction(lambda: f"org-{uuid.uuid4().hex}")
    name = "Acme"

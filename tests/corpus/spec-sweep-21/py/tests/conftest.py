import os

import pytest
from sqlalchemy import create_engine

from shop.db import Base

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
os.environ["APP_ENV"] = "test"

engine = create_engine(os.environ["DATABASE_URL"])


@pytest.fixture(scope="session")
def schema():
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)

import pytest
import sqlalchemy as sa
from testcontainers.postgres import PostgresContainer

from app.models import Base, Customer


@pytest.fixture(scope="module")
def engine():
    with PostgresContainer("postgres:16") as pg:
        engine = sa.create_engine(pg.get_connection_url())
        Base.metadata.create_all(engine)
        yield engine
        Base.metadata.drop_all(engine)


@pytest.fixture
def session(engine):
    with sa.orm.Session(engine) as s:
        yield s
        s.query(Customer).delete()
        s.commit()


def test_customer_email(session):
    session.add(Customer(email="ada@example.com", external_id="C-1"))
    session.commit()
    assert session.query(Customer).count() == 1

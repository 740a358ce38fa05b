import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from app.db import Base
from app.models import Order, User


@pytest.fixture
def mem_engine():
    engine = create_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)


@pytest.fixture
def session(mem_engine):
    with Session(mem_engine) as s:
        yield s
        s.query(User).delete()
        s.execute(text("DELETE FROM orders"))


def test_order_total(session):
    session.add(Order(ref="A-1", total=3))
    session.flush()
    assert session.query(Order).count() == 1

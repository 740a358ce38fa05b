import pytest
from sqlalchemy import text

from app.db import Base, SessionLocal, engine
from app.models import User


@pytest.fixture(scope="module")
def schema():
    Base.metadata.create_all(engine)
    yield
    Base.metadata.drop_all(engine)


class TestAudit:
    def _wipe(self):
        self.session.execute(text("DELETE FROM audit_log"))

    def setup_method(self):
        self.session = SessionLocal()
        self._wipe()
        self.session.execute(text("SAVEPOINT audit_case"))

    def teardown_method(self):
        self.session.rollback()
        self.session.execute(text("DELETE FROM audit_log WHERE source = :s"), {"s": "tests"})
        self.session.close()

    def test_add_fixed_user(self, schema):
        self.session.add(User(email="ops@corp.io", name="Ops"))
        self.session.flush()

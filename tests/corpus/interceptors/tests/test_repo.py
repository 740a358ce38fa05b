import respx
from sqlalchemy.orm import Session

from app.models import Account
from app.repo import repo


@respx.mock
def test_slug_is_saved(session: Session):
    respx.post("https://geo.example/lookup").respond(json={"country": "DE"})
    repo.save(Account(slug="globex", name="Globex"))
    session.add(Account(slug="initech", name="Initech"))
    session.commit()

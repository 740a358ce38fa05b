# The test saves a User through the session (an object built first, then
# `db_session.add(user)`) and logs in by the record's other unique key: the
# login reads the record the same test created; the collision is the save.
from app.models import User


def test_login_by_username_of_saved_user(client, db_session):
    user = User(username="saved_owner", email="saved_owner@example.com")
    user.set_password("secret-pw")
    db_session.add(user)
    db_session.commit()

    resp = client.post("/login", data={"username": "saved_owner", "password": "secret-pw"})
    assert resp.status_code == 200


def test_login_with_account_nobody_creates(client):
    resp = client.post("/login", data={"username": "seeded_admin", "password": "secret-pw"})
    assert resp.status_code == 200

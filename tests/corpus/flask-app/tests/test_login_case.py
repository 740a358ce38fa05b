# Usernames are matched case-insensitively by the app: the login below is the
# account this test registers, not a second shared one.


def test_register_then_login_in_capitals(client):
    resp = client.post("/auth/register", json={"username": "casefold_user", "password": "pw"})
    assert resp.status_code == 201

    resp = client.post("/auth/login", json={"username": "CASEFOLD_USER", "password": "pw"})
    assert resp.status_code == 200

import smtplib

import httpx


def auth_callback(mechanism, login, password):
    """The credential check of the SMTP server each test starts in-process."""
    return login == b"goodlogin" and password == b"goodpasswd"


def test_smtp_login_accepted(smtp_server):
    # The account exists only in auth_callback above: nothing shared.
    with smtplib.SMTP(*smtp_server.address) as client:
        client.ehlo("example.com")
        code, _ = client.login("goodlogin", "goodpasswd")
        assert code == 235


def test_api_login():
    # A login on the shared API server: the account is a shared record.
    with httpx.Client(base_url="http://localhost:8000") as client:
        response = client.post("/login", json={"username": "admin", "password": "secret"})
        assert response.status_code == 200

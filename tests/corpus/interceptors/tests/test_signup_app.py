import responses
from django.test import Client


@responses.activate
def test_signup_calls_the_mocked_mailer():
    # The mailer is mocked; the sign-up goes to the app under test, whose
    # handler may only call the mailer: left unreported in a file that
    # fakes its backend (see AUDITS.md, "HTTP interceptors").
    responses.add(responses.POST, "https://mail.example/send", json={})
    Client().post("/signup/", {"email": "signup@example.com", "password1": "pw", "password2": "pw"})

import responses


@responses.activate
def test_signup_is_mocked(api):
    responses.add(responses.POST, "https://api.example.com/users", json={"email": "a@example.com"})
    api.signup(email="a@example.com")

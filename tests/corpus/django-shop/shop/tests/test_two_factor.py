from django.urls import reverse


def test_wrong_totp_code_is_refused(client, customer):
    client.force_login(customer)
    # A one-time code typed into the second-factor step: checked, not stored.
    resp = client.post(reverse("mfa_activate_totp"), {"code": "123456"})
    assert resp.status_code == 200
    resp = client.post(reverse("account_confirm_login_code"), data={"code": "WRONG"})
    assert resp.status_code == 200


def test_create_coupon(client, customer):
    client.force_login(customer)
    # A coupon's code is its unique key: two workers create the same one.
    resp = client.post("/api/coupons/", {"code": "WELCOME10", "percent": 10})
    assert resp.status_code == 201

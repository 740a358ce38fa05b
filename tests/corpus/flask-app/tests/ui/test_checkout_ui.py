from seleniumbase import BaseCase

STAGING = "https://staging.shop.example"
BUYER = "standard_user"


class CheckoutTests(BaseCase):
    def login(self):
        self.open(STAGING + "/login")
        self.type("#user-name", BUYER)
        self.type("#password", "secret_sauce")
        self.click('input[type="submit"]')

    def test_checkout(self):
        self.login()
        self.click("button.btn_inventory")
        self.type("#postal-code", "01720")
        self.click("input#continue")

    def test_search(self):
        self.open(STAGING)
        self.type('input[name="q"]', "backpack")
        self.click("button.search")


def test_admin_panel(sb):
    sb.open(STAGING + "/admin")
    sb.type("#username", "shopadmin")
    sb.type("#password", "pw")
    sb.click("button[type=submit]")

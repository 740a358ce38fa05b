import pytest
from selenium import webdriver


def login_as_admin(selenium):
    # Every caller requests pytest-django's `admin_client` or `admin_user`,
    # which creates this superuser in the test's own database.
    selenium.find_element_by_id("id_username").send_keys("admin")
    selenium.find_element_by_id("id_password").send_keys("password")
    selenium.find_element_by_tag_name("form").submit()


def test_login_required(admin_client, live_server):
    selenium = webdriver.Firefox()
    selenium.get(live_server.url + "/orders/new/")
    selenium.find_element_by_id("id_username").send_keys("admin")
    selenium.find_element_by_id("id_password").send_keys("password")
    selenium.find_element_by_tag_name("form").submit()
    assert selenium.current_url == live_server.url + "/orders/new/"


@pytest.mark.django_db
def test_order_form(admin_user, live_server):
    selenium = webdriver.Firefox()
    selenium.get(live_server.url + "/orders/new/")
    login_as_admin(selenium)
    assert selenium.find_element_by_id("id_order")


def test_staff_dashboard(page, live_server, admin_user):
    page.goto(live_server.url + "/admin/")
    page.fill("#id_username", "staff")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


@pytest.mark.selenium
def test_admin_login(live_server, chrome_browser):
    browser = chrome_browser
    browser.get(live_server.url + "/admin/login/")
    user_name = browser.find_element(By.NAME, "username")
    user_password = browser.find_element(By.NAME, "password")
    submit = browser.find_element(By.XPATH, '//input[@value="Log in"]')
    user_name.send_keys("admin")
    user_password.send_keys("password")
    submit.send_keys(Keys.RETURN)
    assert "Site administration" in browser.page_source


@pytest.mark.selenium
def test_search_box(live_server, chrome_browser):
    chrome_browser.get(live_server.url + "/")
    box = chrome_browser.find_element(By.NAME, "q")
    box.send_keys("admin")
    box.send_keys(Keys.RETURN)
    assert "Results" in chrome_browser.page_source

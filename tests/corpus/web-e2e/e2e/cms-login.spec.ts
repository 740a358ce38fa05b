import { test, expect } from '@playwright/test';
import { faker } from '@faker-js/faker';

// A Drupal site: the login form names its username field `name`.
test('the site editor logs in', async ({ page }) => {
  await page.goto('/user/login');
  await page.locator('input[name="name"]').fill('editor');
  await page.locator('input[name="pass"]').fill('editor');
  await page.locator('button:has-text("Log in")').click();
  await expect(page.getByText('Log out')).toBeVisible();
});

// The register form asks for an e-mail too: `name` is whatever the test
// types, and the address is fresh per run.
test('a visitor registers', async ({ page }) => {
  await page.goto('/user/register');
  await page.fill('#edit-name', 'visitor');
  await page.fill('#edit-mail', faker.internet.email());
  await page.fill('#edit-pass', 'secret');
  await page.click('#edit-submit');
});

import { test, expect } from '@playwright/test';
import { faker } from '@faker-js/faker';

async function login(page, email: string, password: string) {
  await page.goto('/login');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
}

test('admin sees the dashboard', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', 'admin@example.com');
  await page.fill('#password', 'hunter2');
  await page.click('button[type=submit]');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});

test('support agent logs in through the helper', async ({ page }) => {
  await login(page, 'support@example.com', 'password');
  await expect(page).toHaveURL(/tickets/);
});

test('a fresh user signs up', async ({ page }) => {
  const email = faker.internet.email();
  await page.goto('/signup');
  await page.fill('#email', email);
  await page.fill('#name', 'Test User');
  await page.click('button[type=submit]');
  await expect(page.getByText(`Welcome, ${email}`)).toBeVisible();
});

test('search box does not log anyone in', async ({ page }) => {
  await page.goto('/');
  await page.fill('#search', 'admin@example.com');
  await expect(page.getByRole('listbox')).toBeVisible();
});

test('the reviewer signs in with a username', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username or email').fill('reviewer');
  await page.getByLabel('Password').fill('hunter2');
  await page.getByLabel('Password').press('Enter');
});

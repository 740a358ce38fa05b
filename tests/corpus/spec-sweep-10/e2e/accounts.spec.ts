import { test, expect } from '@playwright/test';

test('ops logs in with the shared account', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', 'ops@example.com');
  await page.fill('#password', 'hunter2');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL('/dashboard');
});

test('a fresh user signs up and logs in', async ({ page }, testInfo) => {
  const email = `user-${testInfo.workerIndex}-${Date.now()}@example.com`;
  await page.goto('/signup');
  await page.fill('#email', email);
  await page.fill('#password', 'hunter2');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL('/welcome');
});

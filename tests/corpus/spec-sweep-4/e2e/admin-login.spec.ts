import { test, expect } from '@playwright/test';
import { pool } from './support/db';

test.beforeEach(async () => {
  await pool.query('DELETE FROM carts');
});

test('admin signs in with the shared account', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', 'admin@example.com');
  await page.fill('#password', 'hunter2');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL('/dashboard');
});

test('worker signs in with its own account', async ({ page }, testInfo) => {
  await page.goto('/login');
  await page.fill('#email', `qa+${testInfo.parallelIndex}@example.com`);
  await page.fill('#password', 'hunter2');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL('/dashboard');
});

test('api login with a fixed account', async ({ request }) => {
  const res = await request.post('/api/login', {
    data: { username: 'root', password: 'toor' },
  });
  expect(res.ok()).toBeTruthy();
});

import { test, expect } from '@playwright/test';

test.describe('accounts API (Playwright request)', () => {
  test('creates an account with a literal username', async ({ request }) => {
    const res = await request.post('/api/users', { data: { username: 'pw-api-user', plan: 'free' } });
    expect(res.ok()).toBeTruthy();
  });

  test('creates an account per parallel worker', async ({ request }, testInfo) => {
    const username = `pw-${testInfo.parallelIndex}-${Date.now()}`;
    const res = await request.post('/api/users', { data: { username, plan: 'free' } });
    expect(res.ok()).toBeTruthy();
  });

  test('logs in as the shared QA account through the UI', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('qa@example.com');
    await page.getByLabel('Password').fill('hunter2');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/dashboard/);
  });

  test('searches by a non-unique term', async ({ page }) => {
    await page.goto('/search');
    await page.getByPlaceholder('Search').fill('blue mug');
    await page.keyboard.press('Enter');
  });
});

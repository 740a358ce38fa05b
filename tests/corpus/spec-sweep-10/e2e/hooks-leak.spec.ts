import { test, expect } from '@playwright/test';

test.describe.configure({ mode: 'parallel' });

test.beforeAll(async () => {
  process.env.BASE_URL = 'http://localhost:4173';
});

test.beforeEach(async () => {
  Date.now = () => 0;
});

test('home loads', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Shop/);
});

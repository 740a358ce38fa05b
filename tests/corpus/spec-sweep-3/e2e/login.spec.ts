import { test, expect } from '@playwright/test';

test.describe('admin console', () => {
  test('logs in through labelled fields', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('admin@example.com');
    await page.getByLabel('Password').fill('hunter2');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL('/dashboard');
  });

  test('screenshots to a fixed relative path', async ({ page }) => {
    await page.goto('/dashboard');
    await page.screenshot({ path: 'screenshots/dashboard.png' });
  });

  test('screenshots into the test output dir', async ({ page }, testInfo) => {
    await page.goto('/dashboard');
    await page.screenshot({ path: testInfo.outputPath('dashboard.png') });
  });
});

test.describe('per-worker account', () => {
  test('signs up a worker-scoped user', async ({ page }, testInfo) => {
    await page.goto('/signup');
    await page.getByLabel('Email').fill(`w${testInfo.parallelIndex}-${Date.now()}@example.com`);
    await page.getByRole('button', { name: 'Create account' }).click();
  });
});

import { test, expect } from '@playwright/test';

const ADMIN = 'admin@example.com';

test.describe('login', () => {
  test('ops can log in', async ({ page }) => {
    await page.goto('/login');
    await page.fill(
      '#email',
      'ops@example.com',
    );
    await page.fill('#password', 'hunter2');
    await page.click('button[type=submit]');
    await expect(page).toHaveURL(/dashboard/);
  });

  test('admin can log in by label', async ({ page }) => {
    await page.goto('/login');
    await page
      .getByLabel('Email')
      .fill(ADMIN);
    await page.getByLabel('Password').fill('hunter2');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/dashboard/);
  });

  test('captures the dashboard', async ({ page, context }, testInfo) => {
    await context.tracing.start({ screenshots: true });
    await page.goto('/');
    await page.screenshot({
      fullPage: true,
      path: 'screenshots/dashboard.png',
    });
    await page.screenshot({ path: testInfo.outputPath('ok.png') });
    await context.tracing.stop({
      path: 'traces/dashboard.zip',
    });
  });
});

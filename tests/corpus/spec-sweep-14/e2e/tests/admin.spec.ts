import { test, expect } from '@playwright/test';
import { mkdirSync as makeDir } from 'node:fs';
import { join } from 'node:path';

const ADMIN_EMAIL = 'admin@shop.test';
const SHOTS = join('artifacts', 'django-admin');

test.describe('django admin', () => {
  test.beforeAll(() => {
    makeDir(SHOTS, { recursive: true });
  });

  test('logs in with the seeded superuser', async ({ page }) => {
    await page.goto('/admin/login/');
    await page.fill('#id_username', ADMIN_EMAIL);
    await page.fill('#id_password', 'admin');
    await page.click('input[type=submit]');
    await page.screenshot({ path: `${SHOTS}/dashboard.png` });
    await expect(page).toHaveURL(/\/admin\/$/);
  });

  test('logs in with a per-worker account', async ({ page }, testInfo) => {
    await page.goto('/admin/login/');
    await page.fill('#id_username', `staff-${testInfo.parallelIndex}@shop.test`);
    await page.fill('#id_password', 'pw');
    await page.click('input[type=submit]');
    await page.screenshot({ path: testInfo.outputPath('dashboard.png') });
  });
});

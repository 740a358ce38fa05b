import { expect, test } from '@playwright/test';

const SHOT_DIR = '/tmp/e2e-shots';
const ADMIN_EMAIL = 'admin@example.com';
const SHARD = process.env.TEST_PARALLEL_INDEX ?? '0';

test('signs in as the worker account', async ({ page }, testInfo) => {
  const email = `qa+${testInfo.parallelIndex}@example.com`;
  await page.goto('/login');
  await page.fill('#email', email);
  await page.fill('#password', 'secret');
  await page.click('button[type=submit]');
  await page.screenshot({ path: testInfo.outputPath('signed-in.png') });
});

test('signs in as the shard account', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', `qa+shard${SHARD}@example.com`);
  await page.fill('#password', 'secret');
  await page.click('button[type=submit]');
  await page.screenshot({ path: `${SHOT_DIR}-${process.env.TEST_WORKER_INDEX}/shard.png` });
});

test('signs in as the admin', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', ADMIN_EMAIL);
  await page.fill('#password', 'secret');
  await page.click('button[type=submit]');
  await expect(page.getByText('Dashboard')).toBeVisible();
  await page.screenshot({ path: `${SHOT_DIR}/admin.png` });
});

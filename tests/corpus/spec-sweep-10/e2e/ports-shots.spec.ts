import { test, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';

let mock: Server;

test.beforeAll(async ({}, testInfo) => {
  mock = createServer().listen(7000 + testInfo.parallelIndex);
});

test.afterAll(async () => {
  mock.close();
});

test('stub api on a fixed port', async ({ page }) => {
  const stub = createServer().listen(7500);
  await page.goto('/');
  stub.close();
});

test('screenshots', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.screenshot({ path: testInfo.outputPath('home.png') });
  await page.screenshot({ path: 'screenshots/home.png' });
  await expect(page).toHaveURL('/');
});

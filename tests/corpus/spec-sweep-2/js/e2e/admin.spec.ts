import { test as base, expect } from '@playwright/test';
import http from 'node:http';
import { db } from '../src/db';

type Fixtures = { mockApiPort: number };

const test = base.extend<Fixtures>({
  mockApiPort: async ({}, use, testInfo) => {
    const port = 3100 + testInfo.parallelIndex;
    const server = http.createServer((_req, res) => res.end('{}')).listen(port);
    await use(port);
    server.close();
  },
});

test.describe.configure({ mode: 'parallel' });

let visits = 0;

test.beforeEach(async () => {
  await db.query('TRUNCATE TABLE sessions');
});

test('admin logs in with the shared account', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', 'admin@example.com');
  await page.fill('#password', 'admin');
  await page.click('button[type=submit]');
  visits++;
  await expect(page).toHaveURL('/dashboard');
});

test('captures a screenshot at a fixed path', async ({ page }) => {
  await page.goto('/');
  await page.screenshot({ path: 'screenshots/home.png' });
});

test('captures a screenshot per test', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.screenshot({ path: testInfo.outputPath('home.png') });
});

test('traces to a fixed file', async ({ page, context }) => {
  await context.tracing.start({ screenshots: true });
  await page.goto('/');
  await context.tracing.stop({ path: 'trace.zip' });
});

test('talks to the per-worker mock api', async ({ page, mockApiPort }) => {
  await page.goto(`/?api=http://localhost:${mockApiPort}`);
  await expect(page.getByText('ok')).toBeVisible();
});

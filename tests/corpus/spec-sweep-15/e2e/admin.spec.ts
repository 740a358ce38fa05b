import { test as base, expect, request } from '@playwright/test';
import { createServer, type Server } from 'node:http';

type WorkerFixtures = { mockApi: Server; sharedApi: Server };

const test = base.extend<{}, WorkerFixtures>({
  mockApi: [
    async ({}, use, workerInfo) => {
      const server = createServer((_req, res) => res.end('ok'));
      server.listen(4400 + workerInfo.parallelIndex);
      await use(server);
      server.close();
    },
    { scope: 'worker' },
  ],
  sharedApi: [
    async ({}, use) => {
      const server = createServer((_req, res) => res.end('ok'));
      server.listen(4499);
      await use(server);
      server.close();
    },
    { scope: 'worker' },
  ],
});

test.describe.configure({ mode: 'parallel' });

test.use({ baseURL: 'http://localhost:3000', storageState: 'playwright/.auth/admin.json' });

test('logs in with the shared admin account', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('ops-admin@example.com');
  await page.getByLabel('Password').fill('hunter2');
  await page.getByRole('button', { name: 'Sign in' }).click();
});

test('creates a user through a fresh API context', async ({ mockApi }, testInfo) => {
  const api = await request.newContext({ baseURL: 'http://localhost:3000' });
  const res = await api.post('/api/users', {
    data: { email: `pw-${testInfo.parallelIndex}-${Date.now()}@example.com`, username: 'pw-fixed-user' },
  });
  expect(res.ok()).toBeTruthy();
  expect(mockApi.listening).toBe(true);
  await api.dispose();
});

test('screenshots into the output path', async ({ page, sharedApi }, testInfo) => {
  await page.screenshot({ path: testInfo.outputPath('home.png') });
  expect(sharedApi.listening).toBe(true);
});

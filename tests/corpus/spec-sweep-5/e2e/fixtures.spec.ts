import { test as base, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { handler } from '../src/handler';

type Fixtures = { appPort: number };
type WorkerFixtures = { stub: Server; sharedStub: Server };

const STUB_PORT = 9323;
const visited: string[] = [];

export const test = base.extend<Fixtures, WorkerFixtures>({
  appPort: async ({}, use, testInfo) => {
    await use(4100 + testInfo.parallelIndex);
  },
  stub: [
    async ({}, use, workerInfo) => {
      const server = createServer(handler).listen(5200 + workerInfo.parallelIndex);
      await use(server);
      server.close();
    },
    { scope: 'worker' },
  ],
  sharedStub: [
    async ({}, use) => {
      const server = createServer(handler).listen(STUB_PORT);
      await use(server);
      server.close();
    },
    { scope: 'worker' },
  ],
});

test.use({ baseURL: 'http://localhost:3000' });

test('home page', async ({ page, appPort }) => {
  visited.push('/');
  await page.goto(`http://localhost:${appPort}/`);
  await expect(page).toHaveTitle(/Home/);
});

test('about page', async ({ page }) => {
  visited.push('/about');
  await page.goto('/about');
  expect(visited.length).toBeGreaterThan(0);
});

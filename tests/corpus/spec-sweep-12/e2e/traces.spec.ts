import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';

test.describe.configure({ mode: 'parallel' });

test.describe('dashboard', () => {
  test('records a trace', async ({ page, context }) => {
    await context.tracing.start({ screenshots: true, snapshots: true });
    await page.goto('/dashboard');
    await context.tracing.stop({ path: 'traces/dashboard.zip' });
  });

  test('screenshots per test', async ({ page }, testInfo) => {
    await page.goto('/dashboard');
    await page.screenshot({ path: testInfo.outputPath('dashboard.png') });
  });

  test('mock backend on a per-worker port', async ({ page }) => {
    const port = 4100 + Number(process.env.TEST_WORKER_INDEX);
    const server = createServer((req, res) => res.end('{}')).listen(port);
    await page.goto(`http://localhost:${port}/`);
    server.close();
  });

  test('mock backend on a per-shard port', async ({ page }) => {
    const port = 4200 + Number(process.env.TEST_PARALLEL_INDEX);
    const server = createServer((req, res) => res.end('{}')).listen(port);
    await page.goto(`http://localhost:${port}/`);
    server.close();
  });
});

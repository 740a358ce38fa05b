import { test, expect } from '@playwright/test';
import path from 'node:path';

test.describe('traced flows', () => {
  test('records a trace to a fixed file', async ({ page, context }) => {
    await context.tracing.start({ screenshots: true, snapshots: true });
    await page.goto('/');
    await expect(page).toHaveTitle(/Shop/);
    await context.tracing.stop({ path: 'trace.zip' });
  });

  test('records a trace per test', async ({ page, context }, testInfo) => {
    await context.tracing.start({ screenshots: true });
    await page.goto('/about');
    await context.tracing.stop({ path: path.join(testInfo.outputPath(), 'trace.zip') });
  });

  test('stubs the api on a worker-specific port', async ({ page }, testInfo) => {
    const { createServer } = await import('node:http');
    const port = 9300 + testInfo.parallelIndex;
    const stub = createServer((_req, res) => res.end('{}')).listen(port);
    await page.goto(`http://127.0.0.1:${port}/`);
    stub.close();
  });
});

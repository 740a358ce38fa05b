import { test, expect, type Page, type TestInfo } from '@playwright/test';

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.fill('#email', email);
  await page.fill('#password', 'hunter2!');
  await page.click('button[type=submit]');
}

test.describe('checkout', () => {
  test('admin sees the dashboard', async ({ page }) => {
    await page.goto('/login');
    await page.fill('#email', 'admin@example.com');
    await page.fill('#password', 'admin');
    await page.click('button[type=submit]');
    await expect(page.getByRole('heading')).toHaveText('Dashboard');
    await page.screenshot({ path: 'screenshots/dashboard.png' });
  });

  test('per-worker buyer checks out', async ({ page }, testInfo: TestInfo) => {
    await signIn(page, `buyer-${testInfo.parallelIndex}@shop.test`);
    await page.screenshot({ path: testInfo.outputPath('cart.png') });
  });

  test('traces a run', async ({ context, page }) => {
    await context.tracing.start({ screenshots: true });
    await page.goto('/');
    await context.tracing.stop({ path: '/tmp/checkout-trace.zip' });
  });

  test('traces into the output dir', async ({ context }, testInfo) => {
    await context.tracing.start();
    await context.tracing.stop({ path: testInfo.outputPath('trace.zip') });
  });
});

import { expect, test } from '@playwright/test';

test('checkout keeps a trace', async ({ context, page }) => {
  await context.tracing.start({ screenshots: true, snapshots: true });
  await page.goto('/checkout');
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
  await context.tracing.stop({ path: 'trace.zip' });
});

test('cart keeps a per-test trace', async ({ context, page }, testInfo) => {
  await context.tracing.start({ snapshots: true });
  await page.goto('/cart');
  await page.screenshot({ path: testInfo.outputPath('cart.png') });
  await context.tracing.stop({ path: test.info().outputPath('trace.zip') });
});

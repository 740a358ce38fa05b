import { test, expect } from '@playwright/test';

test.describe('checkout traces', () => {
  test.afterEach(async ({ context }) => {
    await context.tracing.stop({ path: 'traces/checkout.zip' });
  });

  test.beforeEach(async ({ context }) => {
    await context.tracing.start({ screenshots: true, snapshots: true });
  });

  test('pays with a card', async ({ page }) => {
    await page.goto('/checkout');
    await page.getByRole('button', { name: 'Pay' }).click();
    // isolint-ignore-next-line fixed-temp-path -- CI uploads this exact file as an artifact
    await page.screenshot({ path: 'artifacts/paid.png' });
    await expect(page.getByText('Thank you')).toBeVisible();
  });
});

// Playwright end-to-end test.
import { test, expect } from '@playwright/test';

test('checkout shows the order number', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', 'admin@example.com'); // shared-seed-data: one account for every worker
  await page.fill('#password', 'admin');
  await page.click('button[type=submit]');
  await page.goto('/cart');
  await page.click('text=Checkout');
  await expect(page.getByTestId('order-number')).toBeVisible();
  await page.screenshot({ path: 'screenshots/checkout.png' }); // fixed-temp-path: workers overwrite it
});

import { test, expect } from '@playwright/test';
import { Client } from 'pg';

let client: Client;

test.beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

test.beforeEach(async () => {
  await client.query('DELETE FROM carts');
  await client.query('DELETE FROM orders WHERE status = $1', ['pending']);
});

test.afterAll(async () => {
  await client.end();
});

test('checkout with one item', async ({ page }, testInfo) => {
  await page.goto('/products/blue-mug');
  await page.click('text=Add to cart');
  await page.click('text=Checkout');
  await expect(page.getByText('Order placed')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('order.png') });
});

test('checkout screenshot for the docs', async ({ page }) => {
  await page.goto('/cart');
  await page.screenshot({ path: 'screenshots/cart.png', fullPage: true });
});

import { test, expect } from '@playwright/test';
import { Client } from 'pg';

test.describe.configure({ mode: 'parallel', retries: 1 });

let db: Client;

test.beforeAll(async () => {
  db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await db.query('DELETE FROM carts');
});

test.beforeEach(async ({}, testInfo) => {
  const schema = `shop_w${testInfo.parallelIndex}`;
  await db.query(`TRUNCATE ${schema}.orders`);
});

test.afterAll(async () => {
  await db.end();
});

test('admin can see every cart', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('admin@shop.test');
  await page.getByLabel('Password').fill('s3cret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Carts' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/carts.png' });
});

test('guest checkout', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add to cart' }).first().click();
  await page.screenshot({ path: testInfo.outputPath('cart.png') });
  await expect(page.getByTestId('cart-count')).toHaveText('1');
});

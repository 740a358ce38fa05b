import { expect, test } from '@playwright/test';
import http from 'node:http';
import { Client } from 'pg';
import { stubHandler } from './stub';

let stub: http.Server;
const db = new Client({ connectionString: process.env.DATABASE_URL });

test.beforeAll(async () => {
  await db.connect();
  stub = http.createServer(stubHandler).listen(4010);
});

test.beforeEach(async () => {
  await db.query('DELETE FROM carts');
});

test.afterAll(async () => {
  stub.close();
  await db.end();
});

test('cart starts empty', async ({ page }) => {
  await page.goto('/cart');
  await expect(page.getByText('Your cart is empty')).toBeVisible();
});

test('per-worker payment stub', async ({ page }, testInfo) => {
  const payments = http.createServer(stubHandler).listen(5100 + testInfo.parallelIndex);
  await page.goto('/pay');
  payments.close();
});

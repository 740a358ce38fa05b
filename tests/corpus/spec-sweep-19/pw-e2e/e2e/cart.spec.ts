import { test, expect } from '@playwright/test';
import { Client } from 'pg';

const db = new Client({ connectionString: process.env.DATABASE_URL });

test.beforeAll(async () => {
  await db.connect();
});

test.beforeEach(async () => {
  await db.query(
    `DELETE FROM cart_items`,
  );
  await db.query(`
    DELETE FROM carts
    WHERE owner LIKE 'e2e-%'
  `);
});

test.afterAll(async () => {
  await db.query(`
    DROP TABLE IF EXISTS
      cart_snapshots
  `);
  await db.end();
});

test('adds an item', async ({ page }) => {
  await page.goto('/products/1');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByTestId('cart-count')).toHaveText('1');
});

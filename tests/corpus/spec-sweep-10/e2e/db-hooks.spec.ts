import { test, expect } from '@playwright/test';
import { db } from './support/db';

test.describe('cart admin', () => {
  test.beforeEach(async ({}, testInfo) => {
    await db.query(`DELETE FROM carts WHERE owner = 'w${testInfo.parallelIndex}'`);
  });

  test.afterAll(async () => {
    await db.query('TRUNCATE carts');
  });

  test('empty cart', async ({ page }) => {
    await page.goto('/cart');
    await expect(page.getByText('empty')).toBeVisible();
  });
});

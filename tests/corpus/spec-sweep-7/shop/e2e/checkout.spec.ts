import { test, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';

const CARD = Object.freeze({ number: '4242 4242 4242 4242', cvc: '123' });

test.describe('checkout', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('guest checkout', async ({ page }, testInfo) => {
    const email = `guest-${testInfo.parallelIndex}-${randomUUID()}@shop.test`;
    await page.goto('/checkout');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Card number').fill(CARD.number);
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByText('Thank you')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('receipt.png') });
  });

  test('rejects an invalid e-mail', async ({ page }) => {
    await page.goto('/checkout');
    await page.getByLabel('Email').fill('not-an-email');
    await expect(page.getByText('Enter a valid e-mail')).toBeVisible();
  });

  test('cart summary', async ({ page }) => {
    await page.goto('/cart');
    await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
    await page.screenshot({ path: 'screenshots/cart.png', fullPage: true });
  });
});

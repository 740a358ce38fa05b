import { test, expect } from '@playwright/test';

test.describe.serial('checkout flow', () => {
  let orderNumber: string;

  test('places an order', async ({ page }) => {
    await page.goto('/cart');
    await page.getByRole('button', { name: 'Place order' }).click();
    orderNumber = (await page.getByTestId('order-number').textContent()) ?? '';
  });

  test('finds the order in history', async ({ page }) => {
    await page.goto('/orders');
    await expect(page.getByText(orderNumber)).toBeVisible();
  });
});

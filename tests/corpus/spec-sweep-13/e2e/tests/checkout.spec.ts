import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login.page';

const SHARED_BUYER = 'buyer@shop.test';

test.describe('checkout', () => {
  test('buyer checks out', async ({ page }) => {
    await new LoginPage(page).login(SHARED_BUYER, 'hunter2');
    await page.click('text=Checkout');
    await expect(page.locator('h1')).toHaveText('Thanks');
  });

  test('per-worker buyer checks out', async ({ page }, testInfo) => {
    const email = `buyer-${testInfo.parallelIndex}@shop.test`;
    await new LoginPage(page).login(email, 'hunter2');
    await page.screenshot({ path: testInfo.outputPath('checkout.png') });
  });

  test('saves a receipt screenshot', async ({ page }) => {
    await page.goto('/receipt');
    await page.screenshot({ path: `screenshots/receipt.png` });
  });
});

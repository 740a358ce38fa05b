import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';

test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

test.describe('checkout', () => {
  test.describe.configure({ mode: 'parallel' });

  let cartId: string;

  test('adds to cart', async ({ page, shop }) => {
    await page.goto(`http://127.0.0.1:4610/`);
    cartId = await page.getByTestId('cart-id').innerText();
    expect(shop.listening).toBe(true);
  });

  test('pays for the cart', async ({ page }) => {
    await page.goto(`/cart/${cartId}`);
    await expect(page.getByText('Total')).toBeVisible();
  });

  test('writes the receipt', async ({ page, reportFile }, testInfo) => {
    const receipts = join('artifacts', 'receipts');
    await page.screenshot({ path: join(receipts, 'receipt.png') });
    await writeFile(reportFile, JSON.stringify({ worker: testInfo.workerIndex }));
    await page.screenshot({ path: testInfo.outputPath('receipt.png') });
  });
});

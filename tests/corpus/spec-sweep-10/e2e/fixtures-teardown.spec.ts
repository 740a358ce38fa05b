import { test as base, expect } from '@playwright/test';

type Fixtures = { frozenClock: void; locale: string };

const test = base.extend<Fixtures>({
  frozenClock: async ({}, use) => {
    const realNow = Date.now;
    Date.now = () => 1_700_000_000_000;
    await use();
    Date.now = realNow;
  },
  locale: async ({}, use) => {
    const prev = process.env.APP_LOCALE;
    process.env.APP_LOCALE = 'fr-FR';
    await use('fr-FR');
    process.env.APP_LOCALE = prev;
  },
});

test('renders the French date', async ({ page, frozenClock, locale }) => {
  await page.goto('/');
  await expect(page.getByText(locale)).toBeVisible();
});

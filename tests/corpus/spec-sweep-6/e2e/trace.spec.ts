import { test, expect } from '@playwright/test';

test('traces to a fixed file', async ({ page, context }) => {
  await context.tracing.start({ screenshots: true });
  await page.goto('/');
  await context.tracing.stop({ path: 'artifacts/trace.zip' });
});

test('traces to the output path', async ({ page, context }, testInfo) => {
  await context.tracing.start({ screenshots: true });
  await page.goto('/');
  await context.tracing.stop({ path: testInfo.outputPath('trace.zip') });
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
});

test('screenshot to a fixed folder', async ({ page }) => {
  await page.goto('/');
  await page.screenshot({ fullPage: true, path: `screenshots/home-${'desktop'}.png` });
  expect(page).toBeTruthy();
});

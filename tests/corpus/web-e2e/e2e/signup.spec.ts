import { expect, test } from '@playwright/test';

test('signs up and logs in', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Email').fill('newcomer@example.com');
  await page.getByLabel('Password').fill('S3cret-pass');
  await page.getByRole('button', { name: 'Sign up' }).click();
  // Logs into the account it has just signed up: its own record.
  await page.goto('/login');
  await page.getByLabel('Email').fill('newcomer@example.com');
  await page.getByLabel('Password').fill('S3cret-pass');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL('/home');
});

test('logs in as the shared demo account', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('demo@example.com');
  await page.getByLabel('Password').fill('demo-pass');
  await page.getByRole('button', { name: 'Log in' }).click();
});

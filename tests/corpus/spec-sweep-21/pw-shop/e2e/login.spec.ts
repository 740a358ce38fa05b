import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';

test('admin signs in', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', 'admin@example.com');
  await page.fill('#password', 'admin123');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL('/dashboard');
});

test('support agent signs in through labels', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('support@example.com');
  await page.getByLabel('Password').fill('support123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Tickets')).toBeVisible();
});

test('a fresh user signs up', async ({ page }) => {
  await page.goto('/signup');
  await page.fill('#email', `user-${randomUUID()}@test.example`);
  await page.fill('#password', 'pw-123456');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL('/welcome');
});

import { test as setup, expect } from '@playwright/test';
import { Client } from 'pg';

// A setup project, written as Playwright's docs write it: `test` imported
// under the name `setup`. Its beforeAll is a hook like `test.beforeAll`.
const db = new Client({ connectionString: process.env.DATABASE_URL });

setup.beforeAll(async () => {
  await db.connect();
  await db.query('DELETE FROM sessions');
});

setup('home page answers', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Shop/);
});

setup.afterAll(async () => {
  await db.end();
});

import { chromium, type FullConfig } from '@playwright/test';
import { Client } from 'pg';

export default async function globalSetup(config: FullConfig): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('TRUNCATE carts, orders CASCADE');
  await client.end();

  const browser = await chromium.launch();
  const page = await browser.newPage({ baseURL: config.projects[0].use.baseURL });
  await page.goto('/login');
  await page.close();
  await browser.close();
}

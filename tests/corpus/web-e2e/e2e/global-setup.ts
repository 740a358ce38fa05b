import { Client } from 'pg';

// Runs once before all workers start: wiping here is safe.
export default async function globalSetup() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('TRUNCATE TABLE orders, carts, users RESTART IDENTITY CASCADE');
  await client.query('DELETE FROM feature_flags');
  await client.end();
  // Workers inherit the environment this process sets up: no finding.
  process.env.E2E_SEEDED = '1';
}

import { Client } from 'pg';

// globalSetup module: runs once before all workers, so wiping tables is fine here.
export async function setup() {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await db.query('TRUNCATE accounts, sessions RESTART IDENTITY CASCADE');
  await db.query('DROP TABLE IF EXISTS audit_log');
  await db.end();
}

import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

async function wipe(): Promise<void> {
  await pool.query('TRUNCATE accounts, invoices RESTART IDENTITY CASCADE');
  await pool.query('DROP SCHEMA IF EXISTS scratch CASCADE');
}

export async function setup(): Promise<void> {
  await wipe();
  await pool.query('CREATE SCHEMA scratch');
}

export async function teardown(): Promise<void> {
  await pool.query('DELETE FROM audit_events');
  await pool.end();
}

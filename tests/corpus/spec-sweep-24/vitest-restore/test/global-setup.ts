import { Client } from 'pg';

async function withClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function setup() {
  await withClient((client) =>
    client.query('TRUNCATE TABLE invoices, customers RESTART IDENTITY CASCADE'),
  );
}

export async function teardown() {
  await withClient((client) => client.query('DROP SCHEMA IF EXISTS reporting CASCADE'));
}

import { Client } from 'pg';

export default async function globalSetup() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('TRUNCATE users, carts RESTART IDENTITY CASCADE');
  await client.end();
}

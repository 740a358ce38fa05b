import { Client } from 'pg';

let client: Client;

beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterEach(async () => {
  await client.query('TRUNCATE orders RESTART IDENTITY');
});

afterAll(async () => {
  await client.end();
});

test('inserts an order into the database the global setup started', async () => {
  await client.query("INSERT INTO orders (sku) VALUES ('SKU-1')");
  const { rows } = await client.query('SELECT sku FROM orders');
  expect(rows[0].sku).toBe('SKU-1');
});

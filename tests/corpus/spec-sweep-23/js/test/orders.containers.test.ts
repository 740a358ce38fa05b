import { PostgreSqlContainer, StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { Client } from 'pg';

let container: StartedPostgreSqlContainer;
let client: Client;

beforeAll(async () => {
  container = await new PostgreSqlContainer('postgres:16').start();
  client = new Client({ connectionString: container.getConnectionUri() });
  await client.connect();
  await client.query('CREATE TABLE orders (id serial primary key, sku text unique)');
});

afterEach(async () => {
  await client.query('TRUNCATE orders RESTART IDENTITY');
});

afterAll(async () => {
  await client.end();
  await container.stop();
});

test('inserts an order into the container', async () => {
  await client.query("INSERT INTO orders (sku) VALUES ('SKU-1')");
  const { rows } = await client.query('SELECT sku FROM orders');
  expect(rows[0].sku).toBe('SKU-1');
});

import { PostgreSqlContainer, type StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { Client } from 'pg';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';

let container: StartedPostgreSqlContainer;
let pg: Client;

beforeAll(async () => {
  container = await new PostgreSqlContainer().start();
  pg = new Client({ connectionString: container.getConnectionUri() });
  await pg.connect();
  await pg.query('CREATE TABLE users (id serial primary key, email text unique)');
}, 60_000);

beforeEach(async () => {
  await pg.query('TRUNCATE users RESTART IDENTITY');
});

afterAll(async () => {
  await pg.end();
  await container.stop();
});

it('inserts a user', async () => {
  await pg.query("INSERT INTO users (email) VALUES ('ada@example.com')");
  const { rows } = await pg.query('SELECT count(*)::int AS n FROM users');
  expect(rows[0].n).toBe(1);
});

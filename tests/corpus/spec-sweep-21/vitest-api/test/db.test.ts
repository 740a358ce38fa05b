import knex from 'knex';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const schema = `test_w${process.env.VITEST_POOL_ID}`;

beforeAll(async () => {
  await db.raw(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
});

beforeEach(async () => {
  await db.raw('SAVEPOINT each_test');
});

afterEach(async () => {
  await db.raw('ROLLBACK TO SAVEPOINT each_test');
  await db('sessions').where('created_by', 'vitest').del();
  await db('audit_log').del();
});

afterAll(async () => {
  await db.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await db.destroy();
});

it('counts the audit rows', async () => {
  const [{ count }] = await db('audit_log').count();
  expect(Number(count)).toBeGreaterThanOrEqual(0);
});

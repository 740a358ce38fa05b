import knex from 'knex';
import { pool } from '../src/pool';
import { listOrders } from '../src/orders';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

async function resetOrders() {
  await db.raw(
    'DELETE FROM orders',
  );
}

beforeEach(async () => {
  await pool.query(`
    BEGIN;
    TRUNCATE TABLE order_items,
      payments
      RESTART IDENTITY CASCADE;
    COMMIT;
  `);
});

afterEach(async () => {
  await resetOrders();
});

afterAll(async () => {
  await db('audit_log')
    .truncate();
  await db('sessions')
    .where({ worker: process.env.JEST_WORKER_ID })
    .del();
  await db.destroy();
});

test('lists orders', async () => {
  await pool.query(
    'DELETE FROM orders WHERE id = $1',
    [42],
  );
  await pool.query('DELETE FROM drafts');
  expect(await listOrders()).toEqual([]);
});

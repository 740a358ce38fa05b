const assert = require('node:assert');
const { pool } = require('../src/pool.cjs');

async function resetOrders() {
  await pool.query('TRUNCATE TABLE orders RESTART IDENTITY CASCADE');
}

describe('orders (mocha hooks)', function () {
  const runId = `run-${process.pid}`;

  beforeEach(async function () {
    await resetOrders();
  });

  afterEach(async function () {
    await pool.query('DELETE FROM order_lines WHERE run_id = $1', [runId]);
  });

  after(async function () {
    await pool.query('DROP TABLE IF EXISTS order_archive');
  });

  it('lists orders', async function () {
    const { rows } = await pool.query('SELECT * FROM orders');
    assert.equal(rows.length, 0);
  });
});

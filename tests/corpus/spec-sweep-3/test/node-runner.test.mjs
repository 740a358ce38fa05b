import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { pool } from '../src/pool.mjs';

const schema = `test_w${process.env.NODE_TEST_WORKER_ID ?? '0'}`;

describe('orders repository', () => {
  before(async () => {
    await pool.query('TRUNCATE TABLE orders RESTART IDENTITY CASCADE');
  });

  beforeEach(async () => {
    await pool.query(`DELETE FROM ${schema}.orders`);
    await pool.query('DELETE FROM order_lines WHERE created_at < now()');
  });

  after(async () => {
    await pool.query('ROLLBACK');
    await pool.end();
  });

  it('binds to the worker-derived port', async (t) => {
    const server = http.createServer().listen(6000 + Number(t.workerId ?? 0));
    server.close();
    assert.ok(true);
  });

  it('binds to a fixed port', () => {
    const server = http.createServer().listen(6100);
    server.close();
  });
});

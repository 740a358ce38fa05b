import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pool } from '../src/pool.mjs';

const schema = `t_${process.env.NODE_TEST_WORKER_ID ?? process.pid}`;

async function wipeAudit() {
  await pool.query('DELETE FROM audit_log');
}

describe('audit (node:test hooks)', () => {
  before(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  after(async () => {
    await wipeAudit();
  });

  it('writes an audit row', async () => {
    await pool.query('INSERT INTO audit_log (msg) VALUES ($1)', ['x']);
    assert.ok(true);
  });
});

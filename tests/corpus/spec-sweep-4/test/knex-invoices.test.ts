import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import knex, { Knex } from 'knex';

const db: Knex = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const table = 'invoices';
const schema = `test_w${process.env.VITEST_POOL_ID}`;

async function resetTables(): Promise<void> {
  await db.raw(`DELETE FROM ${table}`);
}

async function dropWorkerSchema(): Promise<void> {
  await db.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

describe('invoices', () => {
  beforeAll(async () => {
    await dropWorkerSchema();
  });

  afterAll(async () => {
    await resetTables();
    await db.raw('DELETE FROM invoice_lines WHERE run_id = ?', [process.pid]);
    await db.destroy();
  });

  it('inserts an invoice with a fixed sku', async () => {
    await db('products').insert({ sku: 'SKU-1001', title: 'Widget' });
    const rows = await db('products').where({ title: 'Widget' });
    expect(rows.length).toBeGreaterThan(0);
  });
});

const { expect } = require('chai');
const { db } = require('../src/db.cjs');

async function resetSchema() {
  await db.query('DROP SCHEMA IF EXISTS reporting CASCADE');
  await db.query('CREATE SCHEMA reporting');
}

async function resetWorkerSchema() {
  const name = `reporting_w${process.env.MOCHA_WORKER_ID}`;
  await db.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
}

describe('reporting', function () {
  before(resetSchema);

  beforeEach(async function () {
    await resetWorkerSchema();
    await db.query('SAVEPOINT each_test');
  });

  afterEach(async function () {
    await db.query('DELETE FROM sessions');
  });

  it('builds a report', async function () {
    const rows = await db.query('SELECT 1');
    expect(rows).to.exist;
  });
});

const { Client } = require('pg');
const { expect } = require('chai');

// Each run creates its own database and drops it afterwards. The name of the
// first is a constant, so every worker creates and drops the same database; the
// second carries the worker id, the third comes from the caller.
const SHARED_DB = 'reports_test';
const WORKER_DB = `reports_w${process.env.MOCHA_WORKER_ID}`;

function dropOwnSchema(client, schema) {
  return client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

describe('report databases', function () {
  let admin;

  before(async function () {
    admin = new Client({ connectionString: process.env.PG_ADMIN_URL });
    await admin.connect();
  });

  afterEach(async function () {
    await admin.query(`DROP DATABASE IF EXISTS ${SHARED_DB}`);
    await admin.query(`DROP DATABASE IF EXISTS ${WORKER_DB}`);
  });

  after(async function () {
    await dropOwnSchema(admin, this.currentSchema);
    await admin.end();
  });

  it('creates the report database', async function () {
    await admin.query(`CREATE DATABASE ${SHARED_DB}`);
    const { rows } = await admin.query('SELECT 1 AS ok');
    expect(rows[0].ok).to.equal(1);
  });
});

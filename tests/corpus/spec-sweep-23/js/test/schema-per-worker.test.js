const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const PREFIX = 'test';
const WORKER_SCHEMA = `${PREFIX}_w${process.env.JEST_WORKER_ID}`;
const SHARED_SCHEMA = `${PREFIX}_shared`;

function reportSchema() {
  return PREFIX + '_reports_' + process.env.JEST_WORKER_ID;
}

function archiveSchema() {
  return `${PREFIX}_archive`;
}

beforeAll(async () => {
  await knex.raw(`CREATE SCHEMA IF NOT EXISTS ${WORKER_SCHEMA}`);
});

beforeEach(async () => {
  await knex.raw(`TRUNCATE ${WORKER_SCHEMA}.invoices`);
  await knex.raw('DELETE FROM ' + reportSchema() + '.rows');
  await knex.raw(`TRUNCATE ${SHARED_SCHEMA}.invoices`);
});

afterAll(async () => {
  await knex.raw(`DROP SCHEMA ${WORKER_SCHEMA} CASCADE`);
  await knex.raw(`DROP SCHEMA ${archiveSchema()} CASCADE`);
  await knex.destroy();
});

test('lists invoices', async () => {
  const rows = await knex.withSchema(WORKER_SCHEMA).select('*').from('invoices');
  expect(rows).toEqual([]);
});

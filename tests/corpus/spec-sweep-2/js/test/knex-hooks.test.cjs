const knexFactory = require('knex');
const config = require('../knexfile.cjs');

const knex = knexFactory(config.test);
const schema = `test_w${process.env.JEST_WORKER_ID}`;

beforeAll(async () => {
  await knex('sessions').truncate();
  await knex.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await knex.raw(`CREATE SCHEMA ${schema}`);
});

afterEach(async () => {
  await knex('users').del();
  await knex('users').where('email', 'like', '%@test.local').del();
  await knex.raw('ROLLBACK');
});

afterAll(() => knex.destroy());

test('inserts a user', async () => {
  const [row] = await knex('users').insert({ email: `${Date.now()}@test.local` }).returning('*');
  expect(row.id).toBeDefined();
  await knex('users').del();
});

const { randomUUID } = require('crypto');
const request = require('supertest');
const app = require('../app');
const { knex } = require('../db');
const { isValidEmail } = require('../validation');

async function resetTables() {
  await knex.raw('TRUNCATE TABLE users, orders RESTART IDENTITY CASCADE');
}

beforeEach(async () => {
  await resetTables();
});

afterEach(async () => {
  await knex('sessions').del();
  await knex('audit_log').where('created_by', 'test-runner').del();
});

afterAll(async () => {
  await knex.raw('ROLLBACK');
  await knex.destroy();
});

describe('POST /users', () => {
  it('creates a user with a fixed e-mail', async () => {
    const res = await request(app)
      .post('/users')
      .send({ name: 'Test' });
    expect(res.status).toBe(201);
    await knex('users').insert({ email: 'ops@example.com', name: 'Ops' });
  });

  it('creates a user with a unique e-mail', async () => {
    const email = `user-${randomUUID()}@test.example`;
    await knex('users').insert({ email, name: 'Test' });
    const row = await knex('users').where({ email }).first();
    expect(row.name).toBe('Test');
  });

  it('validates addresses without touching the database', () => {
    expect(isValidEmail('a@b.com')).toBe(true);
    expect(isValidEmail('not-an-email')).toBe(false);
  });

  it('wipes a table inside the test body, not a hook', async () => {
    await knex('drafts').truncate();
    expect(await knex('drafts').count()).toEqual([{ count: '0' }]);
  });
});

const knex = require('../src/db');
const { Token } = require('../src/models');
const request = require('supertest');
const app = require('../src/app');

describe('sessions', () => {
  const createdIds = [];
  let userId;

  beforeEach(async () => {
    [userId] = await knex('users').insert({ email: `s-${Date.now()}@test.example` }).returning('id');
  });

  afterEach(async () => {
    await knex('sessions').del().where({});
    await knex('users').del().whereIn('id', createdIds);
    await Token.query().delete().where('user_id', userId);
  });

  test('opens a session', async () => {
    const res = await request(app).post('/sessions').send({ userId });
    createdIds.push(userId);
    expect(res.status).toBe(201);
  });
});

const request = require('supertest');
const knex = require('./knex');
const { createUser } = require('./factories/user');
const app = require('../src/app');

const ADMIN_EMAIL = 'admin@shop.test';

describe('users api', () => {
  describe('with a fresh user', () => {
    it('creates a user from the factory', async () => {
      const user = await createUser(knex);
      const res = await request(app).get(`/users/${user.id}`);
      expect(res.status).toBe(200);
    });
  });

  describe('with a fixed admin', () => {
    it('inserts the admin directly', async () => {
      await knex('users').insert({ email: ADMIN_EMAIL, name: 'Admin' });
    });

    it('inserts an ops account', async () => {
      await knex('users').insert({ email: 'ops' + '@shop.test', name: 'Ops' });
    });
  });

  it.each([
    ['a@b.co', true],
    ['nope', false],
  ])('validates %s', (email, ok) => {
    expect(/@/.test(email)).toBe(ok);
  });
});

const { randomUUID } = require('node:crypto');
const { faker } = require('@faker-js/faker');
const request = require('supertest');
const { app, api, db, login, Product, isValidSlug } = require('../src');

class FakeAccounts {
  constructor() {
    this.rows = [];
  }

  create(account) {
    this.rows.push(account);
    return account;
  }
}

describe('seed data', () => {
  it('registers a fixed username', async () => {
    await api.registerUser({ username: 'alice', password: 'pw-123456' });
  });

  it('bulk creates fixed skus', async () => {
    await Product.bulkCreate([{ sku: 'SKU-RED-1', name: 'Red' }]);
  });

  it('logs in with the shared admin', async () => {
    const agent = await login('admin', 'password');
    await request(app).get('/admin').set('Cookie', agent.cookie).expect(200);
  });

  it('inserts a fixed account with raw SQL', async () => {
    await db.query("INSERT INTO accounts (id, login) VALUES (42, 'ops')");
  });

  it('uses generated values', async () => {
    await api.registerUser({ username: `user-${randomUUID()}`, password: 'pw' });
    await Product.bulkCreate([{ sku: faker.string.alphanumeric(10), name: 'Blue' }]);
  });

  it('calls a mock', () => {
    const repo = { create: jest.fn() };
    repo.create({ email: 'mock@example.com' });
    expect(repo.create).toHaveBeenCalled();
  });

  it('calls an in-memory fake', () => {
    const accounts = new FakeAccounts();
    accounts.create({ email: 'fake@example.com' });
    expect(accounts.rows).toHaveLength(1);
  });

  it('validates a slug', () => {
    expect(isValidSlug('hello-world')).toBe(true);
  });
});

const request = require('supertest');
const { clearDatabase } = require('../../test/helpers/db');
const app = require('../app');

describe('orders', () => {
  beforeEach(async () => {
    await clearDatabase();
  });

  it('lists no orders on a fresh database', async () => {
    const res = await request(app).get('/orders');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });
});

const request = require('supertest');
const app = require('../app');

// The database module is replaced for this file: no shared rows exist.
jest.mock('../db', () => ({ query: jest.fn().mockResolvedValue({ rows: [] }) }));

it('registers a user against the mocked database', async () => {
  const res = await request(app)
    .post('/api/register')
    .send({ email: 'mocked@example.com', password: 'pw' });
  expect(res.status).toBe(201);
});

// Jest + supertest API tests with three parallelism hazards.
const request = require('supertest');
const app = require('../src/app');
const { db, User } = require('../src/models');

let server;

beforeAll((done) => {
  server = app.listen(3000, done); // hardcoded-port: every worker binds 3000
});

afterAll((done) => {
  server.close(done);
});

beforeEach(async () => {
  await db.query('TRUNCATE TABLE users CASCADE'); // truncate-in-hook: wipes other workers' rows
});

describe('GET /users/:id', () => {
  it('returns the user', async () => {
    const user = await User.create({ email: 'test@example.com', name: 'Test' }); // shared-seed-data
    const res = await request(server).get(`/users/${user.id}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Test');
  });
});

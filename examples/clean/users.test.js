// The same API tests written to run safely in parallel: nothing to report.
const { randomUUID } = require('crypto');
const request = require('supertest');
const app = require('../src/app');
const { db, User } = require('../src/models');

let server;

beforeAll((done) => {
  server = app.listen(0, done); // the OS picks a free port
});

afterAll((done) => {
  server.close(done);
});

beforeEach(async () => {
  await db.query('BEGIN');
});

afterEach(async () => {
  await db.query('ROLLBACK');
});

describe('GET /users/:id', () => {
  it('returns the user', async () => {
    const user = await User.create({ email: `user-${randomUUID()}@test.example`, name: 'Test' });
    const res = await request(server).get(`/users/${user.id}`);
    expect(res.status).toBe(200);
  });
});

describe('greeting clock', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('uses fake timers safely', () => {
    jest.useFakeTimers({ now: new Date('2024-01-01T08:00:00Z') });
    expect(Date.now()).toBe(new Date('2024-01-01T08:00:00Z').getTime());
  });
});

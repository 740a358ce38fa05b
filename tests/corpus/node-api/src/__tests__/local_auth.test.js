const request = require('supertest');
const app = require('../app');

describe('local accounts', () => {
  it('signs up and logs in', async () => {
    const registration = { displayName: 'Sam', username: 'sam', password: 'S3cret-pass' };
    await request(app).post('/api/auth/local').send(JSON.stringify(registration)).expect(201);
    // Logs into the account it has just signed up: its own record.
    const login = { username: 'sam', password: 'S3cret-pass' };
    await request(app).post('/api/auth/local/login').send(login).expect(201);
  });

  it('logs in as the seeded admin', async () => {
    await request(app)
      .post('/api/auth/local/login')
      .send({ username: 'admin', password: 'admin-pass' })
      .expect(201);
  });
});

const request = require('supertest');
const app = require('../app');

describe('/api/user/login', () => {
  test('logs in the seeded user', async () => {
    const res = await request(app)
      .post('/api/user/login')
      .send({ username: 'nathan', password: 'password' })
      .set('Accept', 'application/json')
      .expect(200);
    expect(res.body.data.user.username).toBe('nathan');
  });

  test('refuses an unknown account', (done) => {
    request(app)
      .post('/api/user/login')
      .send({ username: 'random', password: 'random' })
      .set('Accept', 'application/json')
      .expect(401, done);
  });
});

const request = require('supertest');
const app = require('../app');

// Each test posts its own `body`: the fixed e-mail in each is a unique key.
describe('sign-up forms', () => {
  it('signs up a member', async () => {
    const body = { email: 'member@example.com', password: 'pw-1' };
    const res = await request(app).post('/api/signup').send(body);
    expect(res.status).toBe(201);
  });

  it('signs up an owner, then logs in as that owner', async () => {
    const body = { email: 'owner@example.com', password: 'pw-2' };
    await request(app).post('/api/signup').send(body);
    // The account this test just created: the sign-up is the finding.
    const res = await request(app)
      .post('/api/login')
      .send({ email: 'owner@example.com', password: 'pw-2' });
    expect(res.status).toBe(200);
  });
});

describe('sign-up validation', () => {
  // No e-mail address in the e-mail field: the request is refused, no
  // account is created or logged into.
  it('refuses a malformed e-mail', async () => {
    await request(app)
      .post('/api/signup')
      .send({ email: 'invalid-email', password: '123' })
      .expect(400);
  });

  it('refuses a login with a malformed e-mail', async () => {
    const res = await request(app)
      .post('/api/login')
      .send({ email: 'nobody', password: 'pw' });
    expect(res.status).toBe(422);
  });
});

const request = require('supertest');
const app = require('../src/app');

describe('login', () => {
  test('admin can sign in', async () => {
    const res = await request(app)
      .post('/api/login')
      .send({ email: 'admin@example.com', password: 'admin123' });
    expect(res.status).not.toBe(401);
  });

  test('a wrong password is refused', async () => {
    const res = await request(app)
      .post('/api/login')
      .send({ email: 'nobody@example.com', password: 'wrong' });
    expect(res.status).toBe(401);
  });

  test('a viewer cannot open the admin page', async () => {
    const agent = request.agent(app);
    const res = await agent
      .post('/api/login')
      .send({ email: 'viewer@example.com', password: 'viewer123' })
      .then(() => agent.get('/admin'));
    expect(res.status).toBe(403);
  });
});

import request from 'supertest';
import app from '../src/app';

describe('auth', () => {
  test('refuses credentials sent wrongly', async () => {
    const response = await request(app)
      .post('/v2/auth')
      .send({ email: 'mail@mail.com', password: '123123123' });
    expect(response.status).toBe(400);
  });

  test('logs the shared admin in', async () => {
    const response = await request(app)
      .post('/v2/auth')
      .send({ email: 'admin@caf.example', password: 'admin123' });
    expect(response.status).toBe(200);
  });
});

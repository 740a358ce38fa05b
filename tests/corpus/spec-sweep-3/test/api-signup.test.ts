import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { app } from '../src/app';
import { isValidEmail } from '../src/validation';

describe('signup API', () => {
  it('signs up a fixed address', async () => {
    await request(app).post('/signup').send({ email: 'x@y.z', password: 'pw-123456' }).expect(201);
  });

  it('logs in with the shared admin account', async () => {
    await request(app)
      .post('/login')
      .send({ email: 'admin@example.com', password: 'admin' })
      .expect(200);
  });

  it('signs up a unique address', async () => {
    await request(app).post('/signup').send({ email: `u-${randomUUID()}@y.z`, password: 'pw' }).expect(201);
  });

  it.each(['a@b.com', 'first.last@example.org'])('validates %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });
});

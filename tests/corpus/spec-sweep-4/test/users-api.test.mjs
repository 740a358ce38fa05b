import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { app } from '../src/app.js';

describe('POST /users', () => {
  it('creates a user with a fixed e-mail', async () => {
    const res = await request(app)
      .post('/users')
      .send({ email: 'dana@example.com', name: 'Dana' });
    expect(res.status).toBe(201);
  });

  it('creates a user with a unique e-mail', async () => {
    const email = `dana-${randomUUID()}@example.com`;
    const res = await request(app).post('/users').send({ email, name: 'Dana' });
    expect(res.status).toBe(201);
  });

  it('creates then reads its own record', async () => {
    const created = await request(app)
      .post('/users')
      .send({ email: `reader-${Date.now()}@example.com`, name: 'Test' });
    const res = await request(app).get(`/users/${created.body.id}`);
    expect(res.body.name).toBe('Test');
  });
});

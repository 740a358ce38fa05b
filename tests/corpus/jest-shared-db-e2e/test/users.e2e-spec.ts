import request from 'supertest';
import { app } from '../src/app';

// The environment points every file at the same test database.
describe('Users (e2e)', () => {
  it('creates a user', async () => {
    await request(app)
      .post('/users')
      .send({ email: 'shared@example.com', password: 'secret' })
      .expect(201);
  });
});

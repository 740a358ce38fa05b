import request from 'supertest';
import { app } from '../src/app';

async function login(username: string, password: string) {
  const res = await request(app).post('/api/login').send({ username, password });
  return res.body.token as string;
}

class InMemoryUsers {
  private rows = new Map<string, { email: string }>();
  create(user: { email: string }) {
    this.rows.set(user.email, user);
    return user;
  }
}

describe('session API', () => {
  it('logs in as the shared admin', async () => {
    const token = await login('admin', 'password');
    expect(token).toBeTruthy();
  });

  it('writes into a same-file fake', () => {
    const users = new InMemoryUsers();
    expect(users.create({ email: 'fake@example.com' }).email).toContain('@');
  });
});

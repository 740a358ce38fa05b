// Jest tests that only pass when run in file order, in one process.
import request from 'supertest';
import { app } from '../src/app';

const auditLog: string[] = [];
let token: string;

describe('session', () => {
  it('logs in', async () => {
    const res = await request(app).post('/login').send({ user: 'ci', password: 'secret' });
    token = res.body.token;
    auditLog.push('login'); // module-mutable-state: never reset between tests
    expect(res.status).toBe(200);
  });

  it('reads the profile', async () => {
    const res = await request(app).get('/me').set('Authorization', `Bearer ${token}`); // test-order-dependency
    expect(res.status).toBe(200);
  });
});

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { prismaMock } from '../mocks/prisma';
import { app } from '../src/app';

// The Prisma client is the singleton mock (mockDeep<PrismaClient>() in
// ../mocks/prisma): the routes write to the double, no database is shared.
describe('auth with a mocked Prisma client', () => {
  it('registers', async () => {
    prismaMock.user.findUnique.mockResolvedValue(null);
    prismaMock.user.create.mockResolvedValue({ id: 'u1', email: 'new@example.com' });

    const res = await request(app)
      .post('/api/v1/auth/register')
      .send({ email: 'new@example.com', password: 'password123' });
    expect(res.status).toBe(201);
  });

  it('logs in', async () => {
    prismaMock.user.findUnique.mockResolvedValue({ id: 'u1', email: 'user@example.com' });

    const res = await request(app)
      .post('/api/v1/auth/login')
      .send({ email: 'user@example.com', password: 'correct-password' });
    expect(res.status).toBe(200);
  });
});

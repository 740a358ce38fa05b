import { PrismaClient } from '@prisma/client';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { api } from './helpers/client';

const prisma = new PrismaClient();

beforeEach(async () => {
  await prisma.$executeRaw`TRUNCATE TABLE "User", "Post" CASCADE`;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('users', () => {
  it('creates the admin account', async () => {
    const user = await prisma.user.create({
      data: {
        email: 'admin@example.com',
        name: 'Admin',
      },
    });
    expect(user.id).toBeDefined();
  });

  it('upserts a product by sku', async () => {
    await prisma.product.upsert({ where: { sku: 'SKU-RED-42' }, create: { sku: 'SKU-RED-42', price: 10 }, update: {} });
  });

  it('creates a user through the api client', async () => {
    const res = await api.createUser({ email: 'qa@example.com', name: 'QA' });
    expect(res.status).toBe(201);
  });

  it('creates a unique user', async () => {
    const email = `user-${randomUUID()}@test.example`;
    const user = await prisma.user.create({ data: { email, name: 'Test' } });
    const again = await prisma.user.findUnique({ where: { email } });
    expect(again?.id).toBe(user.id);
  });
});

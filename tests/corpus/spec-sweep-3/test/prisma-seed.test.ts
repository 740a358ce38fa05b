import { randomUUID } from 'node:crypto';
import { PrismaClient } from '@prisma/client';
import { describe, expect, it } from 'vitest';

const prisma = new PrismaClient();
const OPS_EMAIL = 'ops@shop.test';

describe('prisma seeds', () => {
  it('creates a user with a literal email', async () => {
    const user = await prisma.user.create({ data: { email: 'a@b.c', name: 'Test' } });
    expect(user.id).toBeDefined();
  });

  it('upserts the ops account', async () => {
    await prisma.user.upsert({
      where: { id: randomUUID() },
      update: {},
      create: { email: OPS_EMAIL, name: 'Ops' },
    });
  });

  it('creates many fixed coupons', async () => {
    await prisma.coupon.createMany({
      data: [
        { code: 'WELCOME10', percent: 10 },
        { code: 'SPRING20', percent: 20 },
      ],
    });
  });

  it('creates a generated user', async () => {
    const email = `user-${randomUUID()}@shop.test`;
    const user = await prisma.user.create({ data: { email, name: 'Test' } });
    const found = await prisma.user.findUnique({ where: { email } });
    expect(found?.id).toBe(user.id);
  });
});

import { PrismaClient } from '@prisma/client';
import { randomUUID } from 'node:crypto';
import { faker } from '@faker-js/faker';
import { isValidEmail } from '../src/validation';
import { api } from './support/api';

const prisma = new PrismaClient();
const ADMIN_EMAIL = 'root@example.com';

describe('users', () => {
  afterAll(() => prisma.$disconnect());

  it('creates a user with a fixed email', async () => {
    const user = await prisma.user.create({
      data: { email: 'alice@example.com', name: 'Test' },
    });
    expect(user.id).toBeDefined();
  });

  it('creates the admin through a constant', async () => {
    await prisma.user.create({ data: { email: ADMIN_EMAIL, role: 'ADMIN' } });
  });

  it('upserts a product by sku', async () => {
    await prisma.product.upsert({ where: { sku: 'SKU-0042' }, update: {}, create: { sku: 'SKU-0042' } });
  });

  it('registers through the API client', async () => {
    await api.createUser({ username: 'qa-bot', displayName: 'QA' });
  });

  it('uses generated values', async () => {
    await prisma.user.create({ data: { email: `user-${randomUUID()}@test.example`, name: 'Test' } });
    await api.createUser({ username: faker.internet.userName() });
  });

  it('validates addresses', () => {
    expect(isValidEmail('a@b.com')).toBe(true);
  });

  it('calls a mocked repository', async () => {
    const createUser = jest.fn().mockResolvedValue({ id: 1 });
    await createUser({ email: 'mock@example.com' });
    expect(createUser).toHaveBeenCalled();
  });
});

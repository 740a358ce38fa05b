import { PrismaClient } from '@prisma/client';
import { User } from '../src/models/user';
import { db } from '../src/db';
import { isValidEmail } from '../src/validation';

const prisma = new PrismaClient();
const ADMIN_EMAIL = 'admin@example.com';

describe('users', () => {
  test('creates a user with a fixed email', async () => {
    const user = await User.create({
      name: 'Test',
      email:
        'alice@example.com',
    });
    expect(user.id).toBeDefined();
  });

  test('creates the admin through a constant', async () => {
    await prisma.user.create({
      data: {
        name: 'Admin',
        email: ADMIN_EMAIL,
        role: 'ADMIN',
      },
    });
    expect(isValidEmail(ADMIN_EMAIL)).toBe(true);
  });

  test('inserts a row with raw SQL', async () => {
    await db.query(`
      INSERT INTO users (email, name)
      VALUES ('carol@example.com', 'Carol')
    `);
    const rows = await db.query(
      `SELECT * FROM users WHERE email = 'carol@example.com'`,
    );
    expect(rows).toHaveLength(1);
  });

  test('a mocked repository takes any literal', async () => {
    const createUser = jest.fn();
    await createUser({
      email: 'mock@example.com',
    });
    expect(createUser).toHaveBeenCalledTimes(1);
    expect(isValidEmail('a@b.com')).toBe(true);
  });

  test('names are not unique keys', async () => {
    await User.create({
      name: 'Test',
      email: `user-${crypto.randomUUID()}@test.example`,
    });
  });
});

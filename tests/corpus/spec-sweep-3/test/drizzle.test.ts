import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { db } from '../src/db';
import { users, sessions } from '../src/schema';

let createdId: number | undefined;

beforeEach(async () => {
  await db.delete(sessions);
});

afterEach(async () => {
  if (createdId !== undefined) {
    await db.delete(users).where(eq(users.id, createdId));
  }
});

describe('users table', () => {
  it('inserts a fixed email', async () => {
    await db.insert(users).values({ email: 'drizzle@x.io', name: 'Test' });
  });

  it('inserts a worker-scoped email', async () => {
    const [row] = await db
      .insert(users)
      .values({ email: `w${process.env.VITEST_POOL_ID}-${Date.now()}@x.io`, name: 'Test' })
      .returning();
    createdId = row.id;
  });
});

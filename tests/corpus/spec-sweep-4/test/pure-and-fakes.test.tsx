import { vi, it, expect } from 'vitest';
import { isValidEmail, normalizeUsername } from '../src/validation';
import { registerUser } from '../src/service';

class InMemoryUsers {
  rows: Array<{ email: string }> = [];
  create(u: { email: string }) {
    this.rows.push(u);
    return u;
  }
}

it('validates addresses', () => {
  expect(isValidEmail('a@b.com')).toBe(true);
  expect(normalizeUsername('Admin')).toBe('admin');
});

it('creates through a mock repository', async () => {
  const repo = { create: vi.fn().mockResolvedValue({ id: 1 }) };
  await repo.create({ email: 'mocked@example.com' });
  expect(repo.create).toHaveBeenCalled();
});

it('creates through the in-memory fake', () => {
  const users = new InMemoryUsers();
  users.create({ email: 'fake@example.com' });
  expect(users.rows).toHaveLength(1);
});

it('registers a seeded user (suppressed)', async () => {
  // isolint-ignore-next-line shared-seed-data -- seeded per worker by the test DB image
  await registerUser({ email: 'seeded@example.com' });
});

it('registers with a misspelled suppression', async () => {
  // isolint-ignore-next-line shared-seed -- typo in the rule id
  await registerUser({ email: 'typo@example.com' });
});

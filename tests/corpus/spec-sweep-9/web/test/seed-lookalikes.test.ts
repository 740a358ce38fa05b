import { describe, it, expect, vi } from 'vitest';
import { api } from '../src/api';

function isValidEmail(s: string): boolean {
  return /.+@.+/.test(s);
}

class InMemoryUsers {
  private rows: { email: string }[] = [];
  create(row: { email: string }) {
    this.rows.push(row);
    return row;
  }
}

describe('seed look-alikes', () => {
  it('validates a literal e-mail', () => {
    expect(isValidEmail('a@b.com')).toBe(true);
  });

  it('creates on a mock', () => {
    const repo = { createUser: vi.fn() };
    repo.createUser({ email: 'mock@example.com' });
    expect(repo.createUser).toHaveBeenCalledWith({ email: 'mock@example.com' });
  });

  it('creates on an in-memory fake', () => {
    const users = new InMemoryUsers();
    expect(users.create({ email: 'fake@example.com' }).email).toBe('fake@example.com');
  });

  it('uses a literal in a non-unique field', async () => {
    const u = await api.createUser({ email: `u-${crypto.randomUUID()}@t.example`, name: 'Test' });
    expect(u.name).toBe('Test');
  });

  it('creates a real shared account', async () => {
    await api.createUser({ email: 'shared@example.com', name: 'Shared' });
  });
});

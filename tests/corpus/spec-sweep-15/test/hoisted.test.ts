import { describe, it, expect, vi, beforeEach } from 'vitest';

const mocks = vi.hoisted(() => {
  process.env.FEATURE_FLAGS = 'beta';
  return { createUser: vi.fn(), sendMail: vi.fn() };
});

vi.mock('../src/mailer', () => ({ sendMail: mocks.sendMail }));

describe('signup through hoisted mocks', () => {
  beforeEach(() => {
    mocks.createUser.mockReset();
  });

  it('records the call on a vi.fn()', async () => {
    await mocks.createUser({ email: 'hoisted@example.com', username: 'hoisted' });
    expect(mocks.createUser).toHaveBeenCalledTimes(1);
  });

  it('reads the flag', () => {
    expect(process.env.FEATURE_FLAGS).toBe('beta');
  });
});

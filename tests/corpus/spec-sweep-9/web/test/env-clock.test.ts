import { describe, it, expect, vi, afterEach } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('env', () => {
  it('stubs env through vitest', () => {
    vi.stubEnv('API_URL', 'http://localhost:4000');
    expect(process.env.API_URL).toBe('http://localhost:4000');
  });

  it('restores in finally', () => {
    const prev = process.env.FEATURE_X;
    process.env.FEATURE_X = '1';
    try {
      expect(process.env.FEATURE_X).toBe('1');
    } finally {
      process.env.FEATURE_X = prev;
    }
  });

  it('leaks NODE_ENV', () => {
    process.env.NODE_ENV = 'production';
    expect(process.env.NODE_ENV).toBe('production');
  });
});

describe('clock', () => {
  it('spies on Date.now under restoreMocks', () => {
    vi.spyOn(Date, 'now').mockReturnValue(0);
    expect(Date.now()).toBe(0);
  });

  it('fake timers are not spies', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01'));
    expect(new Date().getFullYear()).toBe(2020);
  });
});

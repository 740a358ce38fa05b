import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { isExpired } from '../src/tokens';

describe('token expiry (restored)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is expired in 2030', () => {
    expect(isExpired({ exp: 0 })).toBe(true);
  });
});

describe('Date spy restored in afterEach', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('spies', () => {
    vi.spyOn(global, 'Date');
    expect(new Date()).toBeInstanceOf(Date);
  });
});

it('restores in finally', () => {
  vi.useFakeTimers();
  try {
    vi.setSystemTime(0);
    expect(Date.now()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});

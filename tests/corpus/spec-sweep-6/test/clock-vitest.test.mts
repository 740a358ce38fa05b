import { describe, it, expect, vi, afterEach } from 'vitest';

globalThis.Date = class extends Date {} as DateConstructor;

describe('spies on global.Date', () => {
  it('leaks a spy', () => {
    vi.spyOn(global.Date, 'now').mockReturnValue(0);
    expect(Date.now()).toBe(0);
  });

  it('fakes timers and restores in finally', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-01-01'));
      expect(new Date().getFullYear()).toBe(2024);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('restored by afterEach', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sets system time', () => {
    vi.setSystemTime(0);
    expect(Date.now()).toBe(0);
  });
});

describe('direct Date.now replacement restored', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });
  it('replaces', () => {
    Date.now = () => 5;
    expect(Date.now()).toBe(5);
  });
});

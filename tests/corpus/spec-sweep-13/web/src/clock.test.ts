import { beforeEach, describe, expect, it, vi } from 'vitest';

function freezeClock(iso: string): void {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(iso));
}

describe('billing clock', () => {
  beforeEach(() => freezeClock('2024-01-01T00:00:00Z'));

  it('reads the frozen date', () => {
    expect(new Date().getUTCFullYear()).toBe(2024);
  });

  it('spies on Date.now (restored by the setup file)', () => {
    vi.spyOn(Date, 'now').mockReturnValue(0);
    expect(Date.now()).toBe(0);
  });

  it('replaces Date.now outright', () => {
    Date.now = () => 86_400_000;
    expect(Date.now()).toBe(86_400_000);
  });
});

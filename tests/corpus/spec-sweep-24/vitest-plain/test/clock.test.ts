import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDue, isExpired } from '../src/dates';

describe('isExpired', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('expires after 30 days', () => {
    vi.setSystemTime(new Date('2024-03-01T00:00:00Z'));
    expect(isExpired(new Date('2024-01-15T00:00:00Z'))).toBe(true);
  });
});

describe('formatDue', () => {
  it('formats relative to now', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-06-01T12:00:00Z'));
    expect(formatDue(new Date('2024-06-02T12:00:00Z'))).toBe('tomorrow');
  });

  it('pins the clock without fake timers', () => {
    vi.setSystemTime(Date.UTC(2024, 0, 1));
    expect(formatDue(new Date(Date.UTC(2024, 0, 1)))).toBe('today');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOfWeek, relativeLabel } from './date';

describe('startOfWeek', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-05-15T10:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns monday', () => {
    expect(startOfWeek().toISOString()).toBe('2024-05-13T00:00:00.000Z');
  });
});

describe('relativeLabel', () => {
  it('says "just now"', () => {
    const spy = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    expect(relativeLabel(1_700_000_000_000)).toBe('just now');
    spy.mockRestore();
  });

  it('replaces the global Date', () => {
    globalThis.Date = class extends Date {} as DateConstructor;
    expect(relativeLabel(0)).toBe('long ago');
  });
});

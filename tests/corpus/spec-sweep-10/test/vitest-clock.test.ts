import { describe, it, expect, vi, afterEach, onTestFinished } from 'vitest';
import { greeting } from '../src/greeting';

describe('greeting (vitest)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says good morning with fake timers cleaned by onTestFinished', () => {
    vi.useFakeTimers();
    onTestFinished(() => vi.useRealTimers());
    vi.setSystemTime(new Date('2024-05-01T08:00:00Z'));
    expect(greeting()).toBe('Good morning');
  });

  it('spies on Date.now, restored by restoreAllMocks', () => {
    vi.spyOn(Date, 'now').mockReturnValue(0);
    expect(greeting()).toBeTruthy();
  });

  it('says good evening and leaks the fake clock', () => {
    vi.useFakeTimers({ now: new Date('2024-05-01T20:00:00Z') });
    expect(greeting()).toBe('Good evening');
  });
});

import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { renewalDate } from '../src/billing';

describe('passed by reference', () => {
  afterEach(vi.useRealTimers);

  it('freezes the clock', () => {
    vi.useFakeTimers().setSystemTime(new Date('2026-02-28T00:00:00Z'));
    expect(renewalDate().getUTCMonth()).toBe(2);
  });
});

describe('cleanup returned from beforeEach', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-31T00:00:00Z'));
    return () => vi.useRealTimers();
  });

  it('reads the frozen clock', () => {
    expect(renewalDate().getUTCMonth()).toBe(3);
  });
});

describe('onTestFinished', () => {
  it('restores when the test finishes', () => {
    vi.useFakeTimers({ now: new Date('2026-04-30T00:00:00Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    expect(renewalDate().getUTCMonth()).toBe(4);
  });
});

describe('spies under restoreMocks', () => {
  it('spies on Date.now', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 4, 1));
    expect(renewalDate().getUTCMonth()).toBe(5);
  });
});

describe('stubbed Date global', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('stubs the Date class', () => {
    class FixedDate extends Date {
      constructor() {
        super('2026-06-30T00:00:00Z');
      }
    }
    vi.stubGlobal('Date', FixedDate);
    expect(renewalDate().getUTCMonth()).toBe(6);
  });
});

import { describe, it, expect, vi } from 'vitest';
import { renewalDate } from '../src/billing';

describe('renewals', () => {
  it('renews on the first of the month', () => {
    vi.useFakeTimers().setSystemTime(new Date('2026-01-31T12:00:00Z'));
    expect(renewalDate().getUTCDate()).toBe(1);
  });
});

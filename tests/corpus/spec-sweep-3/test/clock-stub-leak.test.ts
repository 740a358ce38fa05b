import { describe, expect, it, vi } from 'vitest';
import { daysUntilRenewal } from '../src/subscription';

class FrozenDate extends Date {
  constructor() {
    super('2024-06-01T00:00:00Z');
  }
}

describe('stubbed global, leaked', () => {
  it('stubs Date and never unstubs it', () => {
    vi.stubGlobal('Date', FrozenDate);
    expect(daysUntilRenewal()).toBe(30);
  });

  it('sets the system time without fake timers', () => {
    vi.setSystemTime(new Date('2024-02-29T12:00:00Z'));
    expect(daysUntilRenewal()).toBe(1);
  });
});

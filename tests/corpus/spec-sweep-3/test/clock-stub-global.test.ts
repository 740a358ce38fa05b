import { afterEach, describe, expect, it, vi } from 'vitest';
import { daysUntilRenewal } from '../src/subscription';

class FrozenDate extends Date {
  constructor() {
    super('2024-06-01T00:00:00Z');
  }
}

describe('stubbed global, restored', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('stubs Date and unstubs it', () => {
    vi.stubGlobal('Date', FrozenDate);
    expect(daysUntilRenewal()).toBe(30);
  });
});

import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatInvoice } from '../src/invoice';

describe('invoice formatting', () => {
  beforeAll(() => {
    process.env.INVOICE_LOCALE = 'de-DE';
    return () => {
      delete process.env.INVOICE_LOCALE;
    };
  });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-03-01T10:00:00Z'));
    return () => {
      vi.useRealTimers();
    };
  });

  it('prints the date', () => {
    expect(formatInvoice({ total: 5 })).toContain('01.03.2024');
  });
});

describe('invoice due dates', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(vi.useRealTimers);

  it('is due in 30 days', () => {
    vi.setSystemTime(new Date('2024-03-01T10:00:00Z'));
    expect(formatInvoice({ total: 5, dueInDays: 30 })).toContain('31.03.2024');
  });
});

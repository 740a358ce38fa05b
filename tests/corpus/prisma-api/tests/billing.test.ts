import { appendFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Invoice, nextBillingDate, renderInvoice } from '../src/billing';

let invoicesRendered = 0;
const renderedIds: string[] = [];

describe('billing dates', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('bills on the first of the month', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2024, 0, 15));
    expect(nextBillingDate().getUTCDate()).toBe(1);
  });

  it('bills on leap day', () => {
    vi.useFakeTimers({ now: new Date('2024-02-29T00:00:00Z') });
    expect(nextBillingDate().toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });
});

describe.concurrent('invoice rendering', () => {
  beforeEach(() => {
    invoicesRendered = 0;
  });

  it('renders a draft', () => {
    invoicesRendered++;
    expect(renderInvoice(new Invoice('draft'))).toContain('DRAFT');
  });

  it.concurrent('renders a paid invoice', () => {
    renderedIds.push('paid');
    expect(renderInvoice(new Invoice('paid'))).toContain('PAID');
  });

  it('logs the render', () => {
    appendFileSync('/tmp/report.log', 'rendered\n');
  });
});

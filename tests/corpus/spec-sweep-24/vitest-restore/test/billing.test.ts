import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Client } from 'pg';
import { issueInvoice, nextInvoiceDate } from '../src/billing';

const db = new Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  await db.connect();
});

beforeEach(async () => {
  await db.query('TRUNCATE invoices');
});

afterAll(async () => {
  await db.end();
});

describe('nextInvoiceDate', () => {
  it('reads the clock through a spy', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2024, 0, 31));
    expect(nextInvoiceDate().toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('replaces the Date constructor through a spy', () => {
    const fixed = new Date('2024-03-31T00:00:00Z');
    vi.spyOn(global, 'Date').mockImplementation(() => fixed);
    expect(nextInvoiceDate().getUTCMonth()).toBe(3);
  });

  it('rolls over month end with fake timers', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-01-31T00:00:00Z'));
    expect(nextInvoiceDate().getUTCDate()).toBe(29);
  });

  it('pins Date.now by assignment', () => {
    Date.now = () => Date.UTC(2024, 1, 29);
    expect(issueInvoice({ amount: 100 }).dueAt).toBe('2024-03-29');
  });
});

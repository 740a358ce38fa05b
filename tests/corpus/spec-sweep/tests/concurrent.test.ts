import { describe, it, expect, beforeEach } from 'vitest';

describe.concurrent('totals', () => {
  let total = 0;
  const log: string[] = [];

  beforeEach(() => {
    total = 0;
    log.length = 0;
  });

  it('adds one', async () => {
    total += 1;
    expect(total).toBeGreaterThan(0);
  });

  it('logs', async () => {
    log.push('x');
  });

  it('only reads', async () => {
    expect(typeof total).toBe('number');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/rate-limiter';

let hits = 0;
const seen: string[] = [];

beforeEach(() => {
  hits = 0;
  seen.length = 0;
});

describe.concurrent('RateLimiter', () => {
  it('counts hits', async () => {
    const limiter = new RateLimiter({ max: 2 });
    await limiter.take('a');
    hits++;
    expect(hits).toBe(1);
  });

  it('remembers keys', async () => {
    const limiter = new RateLimiter({ max: 2 });
    await limiter.take('b');
    seen.push('b');
    expect(seen).toEqual(['b']);
  });
});

describe('RateLimiter (sequential)', () => {
  let stamps: number[] = [];

  beforeEach(() => {
    stamps = [];
  });

  it('records a window', async () => {
    const limiter = new RateLimiter({ max: 1 });
    await limiter.take('c');
    stamps.push(limiter.windowStart);
    expect(stamps).toHaveLength(1);
  });
});

import { describe, expect, it, test, vi } from 'vitest';

// TypeScript 5.2 explicit resource management: the disposer of a `using`
// binding runs when the block ends, on a throw too, like a `finally`.
function fakeClock(now: number) {
  vi.useFakeTimers({ now });
  return { [Symbol.dispose]() { vi.useRealTimers(); } };
}

function withEnv(key: string, value: string) {
  const previous = process.env[key];
  process.env[key] = value;
  return {
    [Symbol.dispose]() {
      if (previous === undefined) delete process.env[key];
      else process.env[key] = previous;
    },
  };
}

describe('billing', () => {
  test('bills at midnight', () => {
    using _clock = { [Symbol.dispose]() { vi.useRealTimers(); } };
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
    expect(new Date().getUTCHours()).toBe(0);
  });

  it('reads the region from the environment', async () => {
    await using _env = {
      async [Symbol.asyncDispose]() { delete process.env.BILLING_REGION; },
    };
    process.env.BILLING_REGION = 'eu';
    expect(process.env.BILLING_REGION).toBe('eu');
  });

  test('helper clock', () => {
    using _ = fakeClock(0);
    expect(Date.now()).toBe(0);
  });

  test('helper env', () => {
    using _tz = withEnv('TZ', 'UTC');
    expect(process.env.TZ).toBe('UTC');
  });

  test('disposer clears the timers but keeps them fake', () => {
    using _server = { [Symbol.dispose]() { vi.clearAllTimers(); } };
    vi.useFakeTimers();
    expect(vi.getTimerCount()).toBe(0);
  });
});

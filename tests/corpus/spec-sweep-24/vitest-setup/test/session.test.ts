import { describe, expect, it, vi } from 'vitest';
import { Session } from '../src/session';

describe('Session', () => {
  it('expires after the idle timeout', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const session = new Session({ idleMs: 5_000 });
    vi.advanceTimersByTime(5_001);
    expect(session.expired).toBe(true);
  });

  it('reads the idle timeout from the env', () => {
    vi.stubEnv('SESSION_IDLE_MS', '250');
    expect(new Session().idleMs).toBe(250);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../src/scheduler';

describe('Scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('runs a job after its delay', () => {
    const job = vi.fn();
    new Scheduler().after(1000, job);
    vi.advanceTimersByTime(1000);
    expect(job).toHaveBeenCalledOnce();
  });

  it('runs the nightly job at midnight', () => {
    vi.setSystemTime(new Date('2024-05-01T23:59:00Z'));
    const job = vi.fn();
    new Scheduler().nightly(job);
    vi.advanceTimersByTime(60_000);
    expect(job).toHaveBeenCalledOnce();
  });
});

describe('Scheduler.nextRun', () => {
  it('reads Date.now through a spy', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2024, 4, 1));
    expect(new Scheduler().nextRun().toISOString()).toBe('2024-05-02T00:00:00.000Z');
  });

  it('swaps the global Date class', () => {
    class FixedDate extends Date {
      constructor() {
        super('2024-05-01T00:00:00Z');
      }
    }
    globalThis.Date = FixedDate as DateConstructor;
    expect(new Scheduler().nextRun().getUTCDate()).toBe(2);
  });
});

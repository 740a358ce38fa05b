import { describe, expect, it, vi } from 'vitest';
import { nextRun, runId } from '../src/schedule';

describe('scheduler', () => {
  it('runs at the next full hour', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-03-10T10:15:00Z'));
    expect(nextRun().toISOString()).toBe('2024-03-10T11:00:00.000Z');
  });

  it('derives the run id from the clock', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1710000000000);
    expect(runId()).toBe('run-1710000000000');
  });

  it('replaces Date.now outright', () => {
    Date.now = () => 1710000000000;
    expect(runId()).toBe('run-1710000000000');
  });
});

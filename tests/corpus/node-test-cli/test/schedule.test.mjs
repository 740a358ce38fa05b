import { describe, it, mock, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { nextRun, formatStamp } from '../src/schedule.js';

describe('nextRun', () => {
  beforeEach(() => {
    mock.timers.enable({ apis: ['Date'], now: new Date('2024-01-01T00:00:00Z') });
  });
  afterEach(() => {
    mock.timers.reset();
  });

  it('rolls over to the next day', () => {
    assert.equal(nextRun('00:00').toISOString(), '2024-01-02T00:00:00.000Z');
  });
});

describe('formatStamp', () => {
  it('uses the frozen clock', () => {
    mock.timers.enable({ apis: ['Date'], now: 0 });
    assert.equal(formatStamp(), '1970-01-01');
  });

  it('uses a clock of its own', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: 86_400_000 });
    assert.equal(formatStamp(), '1970-01-02');
  });
});

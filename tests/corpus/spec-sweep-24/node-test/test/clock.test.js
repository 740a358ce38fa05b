import { afterEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { isWeekend, stamp } from '../src/clock.js';

describe('isWeekend', () => {
  it('uses the test-scoped mock timers', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: new Date('2024-06-01T10:00:00Z') });
    assert.equal(isWeekend(), true);
  });

  it('spies Date.now through the test context', (t) => {
    t.mock.method(Date, 'now', () => 0);
    assert.equal(stamp().at, 0);
  });
});

describe('stamp', () => {
  it('pins Date.now with the global mock', () => {
    mock.method(Date, 'now', () => 1_000);
    assert.equal(stamp().at, 1_000);
  });

  it('freezes the clock with the global mock timers', () => {
    mock.timers.enable({ apis: ['Date'], now: 5_000 });
    assert.equal(stamp().at, 5_000);
  });
});

describe('stamp (restored in afterEach)', () => {
  afterEach(() => {
    mock.restoreAll();
  });

  it('pins Date.now', () => {
    mock.method(Date, 'now', () => 2_000);
    assert.equal(stamp().at, 2_000);
  });
});

describe('stamp (restored with t.after)', () => {
  it('pins Date.now', (t) => {
    mock.method(Date, 'now', () => 3_000);
    t.after(() => mock.restoreAll());
    assert.equal(stamp().at, 3_000);
  });

  it('freezes the clock', (t) => {
    mock.timers.enable({ apis: ['Date'], now: 4_000 });
    t.after(() => mock.timers.reset());
    assert.equal(stamp().at, 4_000);
  });
});

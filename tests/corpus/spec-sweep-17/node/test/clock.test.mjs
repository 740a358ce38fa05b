import { test, mock } from 'node:test';
import assert from 'node:assert/strict';

test('module tracker timers restored through t.after', (t) => {
  mock.timers.enable({ apis: ['Date'], now: 1_700_000_000_000 });
  t.after(() => mock.timers.reset());
  assert.equal(Date.now(), 1_700_000_000_000);
});

test('context tracker timers restore themselves', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 0 });
  assert.equal(Date.now(), 0);
});

test('module tracker timers left enabled', () => {
  mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 86_400_000 });
  assert.equal(Date.now(), 86_400_000);
});

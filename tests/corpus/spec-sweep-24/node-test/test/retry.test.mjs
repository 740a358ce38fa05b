import * as nodeTest from 'node:test';
import assert from 'node:assert/strict';
import { backoffUntil } from '../src/retry.js';

nodeTest.describe('backoffUntil', () => {
  nodeTest.it('stops at the deadline', () => {
    nodeTest.mock.timers.enable({ apis: ['Date'], now: 10_000 });
    assert.equal(backoffUntil(12_000).length, 3);
  });
});

nodeTest.describe('backoffUntil (reset in afterEach)', () => {
  nodeTest.afterEach(() => {
    nodeTest.mock.timers.reset();
  });

  nodeTest.it('starts at the current time', () => {
    nodeTest.mock.timers.enable({ apis: ['Date'], now: 20_000 });
    assert.equal(backoffUntil(20_500)[0], 20_000);
  });
});

import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { expiresAt } from '../src/session.mjs';

describe('session expiry', () => {
  it('uses node:test mock timers', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: 0 });
    assert.equal(expiresAt(), 3600000);
  });

  it('uses sinon fake timers without restore', () => {
    sinon.useFakeTimers(new Date('2024-01-01'));
    assert.ok(expiresAt() > 0);
  });
});

describe('restored sinon clock', () => {
  let clock;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: 1000 });
  });

  afterEach(() => {
    clock.restore();
  });

  it('ticks', () => {
    clock.tick(500);
    assert.ok(expiresAt() > 0);
  });
});

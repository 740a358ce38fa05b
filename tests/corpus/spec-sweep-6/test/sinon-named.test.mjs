import assert from 'node:assert/strict';
import { useFakeTimers } from 'sinon';
import { describe, it, before, after } from 'mocha';

describe('named sinon import', () => {
  let clock;
  before(() => {
    clock = useFakeTimers({ now: new Date('2024-01-01') });
  });
  after(() => {
    clock.restore();
  });
  it('is frozen', () => {
    assert.equal(new Date().getFullYear(), 2024);
  });
});

describe('named sinon import leaks', () => {
  it('never restores', () => {
    useFakeTimers(0);
    assert.equal(Date.now(), 0);
  });
});

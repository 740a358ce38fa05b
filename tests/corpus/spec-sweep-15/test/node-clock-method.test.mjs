import { describe, test, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { stamp } from '../src/stamp.mjs';

// The module-level tracker keeps `Date.now` mocked for the rest of the
// worker: nothing restores it.
describe('stamps', () => {
  test('uses the frozen clock', () => {
    mock.method(Date, 'now', () => 1_700_000_000_000);
    assert.equal(stamp().at, 1_700_000_000_000);
  });
});

describe('stamps, restored', () => {
  afterEach(() => mock.restoreAll());

  test('restored after each test', () => {
    mock.method(Date, 'now', () => 0);
    assert.equal(stamp().at, 0);
  });

  test('a test context mock ends with its test', (t) => {
    t.mock.method(Date, 'now', () => 5);
    assert.equal(stamp().at, 5);
  });
});

import { describe, it, test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

let hits = 0;
const seen = [];

describe('concurrent suite', { concurrency: true }, () => {
  beforeEach(() => {
    hits = 0;
    seen.length = 0;
  });

  it('counts a hit', async () => {
    hits += 1;
    assert.ok(hits >= 1);
  });

  it('records a visit', async () => {
    seen.push('visit');
    assert.ok(seen.includes('visit'));
  });
});

let total = 0;

describe('sequential suite', { concurrency: false }, () => {
  beforeEach(() => {
    total = 0;
  });

  it('adds one', () => {
    total += 1;
    assert.equal(total, 1);
  });
});

const queue = [];

test('concurrent subtests', { concurrency: true }, async (t) => {
  await t.test('enqueues a', () => {
    queue.push('a');
  });
  await t.test('enqueues b', () => {
    queue.push('b');
  });
});

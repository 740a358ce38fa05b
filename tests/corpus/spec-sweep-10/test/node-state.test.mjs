import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

const cache = new Map();
let total = 0;

describe('cache (node:test)', () => {
  beforeEach(() => {
    cache.clear();
  });

  it('stores a value', () => {
    cache.set('a', 1);
    total += 1;
    assert.equal(cache.size, 1);
  });

  it('stores another', () => {
    cache.set('b', 2);
    assert.equal(cache.size, 1);
  });
});

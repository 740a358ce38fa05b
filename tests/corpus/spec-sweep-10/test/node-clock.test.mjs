import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stamp } from '../src/stamp.mjs';

const realNow = Date.now;

describe('stamps (node:test)', () => {
  it('stamps with a frozen clock, restored by t.after', (t) => {
    Date.now = () => 1_700_000_000_000;
    t.after(() => {
      Date.now = realNow;
    });
    assert.equal(stamp(), '2023-11-14');
  });

  it('stamps with a frozen clock, never restored', () => {
    Date.now = () => 0;
    assert.equal(stamp(), '1970-01-01');
  });

  it('stamps with a replaced Date, never restored', () => {
    globalThis.Date = class extends Date {};
    assert.ok(stamp());
  });
});

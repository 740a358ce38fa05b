import assert from 'node:assert';
import sinon from 'sinon';
import { stamp } from '../src/stamp.mjs';

class FakeDate extends Date {
  constructor() {
    super('2020-02-02T00:00:00Z');
  }
}

describe('stamp', function () {
  it('freezes Date.now by assignment', function () {
    Date.now = () => 1_000;
    assert.equal(stamp(), 1_000);
  });

  it('replaces the global Date', function () {
    globalThis.Date = FakeDate;
    assert.ok(stamp());
  });

  it('uses sinon fake timers and forgets them', function () {
    const clock = sinon.useFakeTimers();
    clock.tick(10);
  });

  describe('restored sinon clock', function () {
    let clock;

    beforeEach(function () {
      clock = sinon.useFakeTimers(new Date('2021-01-01'));
    });

    afterEach(function () {
      clock.restore();
    });

    it('ticks', function () {
      clock.tick(1000);
      assert.ok(stamp());
    });
  });
});

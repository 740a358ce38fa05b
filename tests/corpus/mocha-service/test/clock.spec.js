const sinon = require('sinon');
const { expect } = require('chai');
const { scheduleReminder } = require('../src/reminders');

describe('reminders', function () {
  describe('with a restored clock', function () {
    let clock;

    beforeEach(function () {
      clock = sinon.useFakeTimers(new Date('2024-01-01T09:00:00Z'));
    });

    afterEach(function () {
      clock.restore();
    });

    it('fires after an hour', function () {
      const cb = sinon.spy();
      scheduleReminder(cb, 60 * 60 * 1000);
      clock.tick(60 * 60 * 1000);
      expect(cb.calledOnce).to.equal(true);
    });
  });

  it('fires on monday (leaks the fake clock)', function () {
    const clock = sinon.useFakeTimers(new Date('2024-01-08T08:00:00Z'));
    const cb = sinon.spy();
    scheduleReminder(cb, 1000);
    clock.tick(1000);
    expect(cb.called).to.equal(true);
  });
});

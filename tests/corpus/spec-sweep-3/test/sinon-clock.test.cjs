const FakeTimers = require('@sinonjs/fake-timers');
const assert = require('node:assert');
const { scheduleReminder } = require('../src/reminders.cjs');

describe('reminders with an uninstalled clock', function () {
  let clock;

  beforeEach(function () {
    clock = FakeTimers.install({ now: new Date('2024-01-01') });
  });

  afterEach(function () {
    clock.uninstall();
  });

  it('fires after a day', function () {
    const fired = scheduleReminder();
    clock.tick(86400000);
    assert.ok(fired.called);
  });
});

describe('reminders with a leaked clock', function () {
  it('installs and forgets', function () {
    const leaked = FakeTimers.install();
    leaked.tick(1000);
    assert.ok(scheduleReminder());
  });
});

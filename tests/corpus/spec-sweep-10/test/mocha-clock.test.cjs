const assert = require('node:assert');
const sinon = require('sinon');
const { invoiceDue } = require('../src/billing.cjs');

describe('billing clock (mocha, restored)', function () {
  let clock;

  before(function () {
    clock = sinon.useFakeTimers(new Date('2024-01-31T00:00:00Z'));
  });

  after(function () {
    clock.restore();
  });

  it('is due at month end', function () {
    this.timeout(1000);
    assert.ok(invoiceDue());
  });
});

describe('billing clock (mocha, leaked)', function () {
  beforeEach(function () {
    sinon.useFakeTimers({ now: 0 });
  });

  it('is not due at the epoch', function () {
    assert.ok(!invoiceDue());
  });
});

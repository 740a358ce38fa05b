const sinon = require('sinon');
const http = require('http');
const { expect } = require('chai');
const { nextBusinessDay, createCalendarApp } = require('../src/calendar');

const RealDate = Date;
const serverOptions = { port: 4310, host: '127.0.0.1' };

describe('calendar', function () {
  let clock;
  let server;

  before(function (done) {
    server = http.createServer(createCalendarApp());
    server.listen(serverOptions.port, serverOptions.host, done);
  });

  after(function (done) {
    server.close(done);
  });

  beforeEach(function () {
    clock = sinon.useFakeTimers(new RealDate('2024-01-05T12:00:00Z'));
  });

  afterEach(function () {
    clock.restore();
  });

  it('skips the weekend', function () {
    expect(nextBusinessDay().getUTCDay()).to.equal(1);
  });

  it('keeps a weekday (its own clock, which the afterEach never sees)', function () {
    var start = new RealDate('2024-01-08T12:00:00Z'),
      clock = sinon.useFakeTimers(start);
    clock.tick(1000);
    expect(nextBusinessDay().getUTCDay()).to.equal(2);
  });
});

describe('calendar with a stubbed Date', function () {
  beforeEach(function () {
    Object.defineProperty(global, 'Date', { value: class extends RealDate {}, writable: true });
  });

  afterEach(function () {
    Object.defineProperty(global, 'Date', { value: RealDate, writable: true });
  });

  it('formats today', function () {
    expect(nextBusinessDay()).to.be.an.instanceof(RealDate);
  });
});

Object.defineProperty(Date, 'now', { value: () => 1704067200000, writable: true });

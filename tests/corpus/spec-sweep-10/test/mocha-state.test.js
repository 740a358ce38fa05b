const assert = require('node:assert');
const { track } = require('../src/track.cjs');

let events = [];
const seen = new Set();

describe('event tracking (mocha)', function () {
  beforeEach(function () {
    events = [];
  });

  it('records a click', function () {
    events.push(track('click'));
    seen.add('click');
    assert.equal(events.length, 1);
  });

  it('records a view', function () {
    events.push(track('view'));
    assert.equal(events.length, 1);
  });
});

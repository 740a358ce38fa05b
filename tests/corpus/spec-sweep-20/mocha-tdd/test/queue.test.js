const assert = require('assert');
const { Queue } = require('../src/queue');

let jobs = [];
let seen = [];

suite('queue, reset per test', function () {
  setup(function () {
    jobs = [];
  });

  test('enqueues', function () {
    jobs.push(new Queue().add('a'));
    assert.strictEqual(jobs.length, 1);
  });
});

suite('queue, reset once per suite', function () {
  suiteSetup(function () {
    seen = [];
  });

  test('records', function () {
    seen.push('b');
    assert.ok(seen.includes('b'));
  });

  test('starts with nothing seen', function () {
    assert.strictEqual(seen.length, 0);
  });
});

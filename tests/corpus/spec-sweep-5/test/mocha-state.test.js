const assert = require('node:assert');
const { Queue } = require('../src/queue');

let processed = 0;
const seen = new Map();
let jobs = [];
const PRIORITIES = ['low', 'high'];

beforeEach(function () {
  seen.clear();
  jobs = [];
});

function record(job) {
  seen.set(job.id, job);
  jobs.push(job);
  processed++;
}

describe('queue', function () {
  it('processes a job', async function () {
    const q = new Queue();
    record(await q.run({ id: 'a', priority: PRIORITIES[0] }));
    assert.strictEqual(seen.size, 1);
  });

  it('processes two jobs', async function () {
    const q = new Queue();
    record(await q.run({ id: 'b' }));
    record(await q.run({ id: 'c' }));
    assert.ok(processed >= 2);
  });
});

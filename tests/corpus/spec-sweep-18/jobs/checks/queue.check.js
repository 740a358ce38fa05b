const fs = require('fs');
const os = require('os');
const path = require('path');
const { Queue } = require('../src/queue');

const queueFile = path.join(os.tmpdir(), 'nightly', 'queue.json');
const workerFile = path.join(os.tmpdir(), `nightly-${process.env.JEST_WORKER_ID}.json`);

test('persists the queue', () => {
  fs.mkdirSync(path.join(os.tmpdir(), 'nightly'), { recursive: true });
  new Queue().save((data) => fs.writeFileSync(queueFile, data));
  expect(fs.existsSync(queueFile)).toBe(true);
});

test('persists the per-worker queue', () => {
  new Queue().save((data) => fs.writeFileSync(workerFile, data));
  expect(fs.readFileSync(workerFile, 'utf8')).toContain('[');
});

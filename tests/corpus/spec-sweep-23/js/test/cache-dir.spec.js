const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const WORKER = process.env.MOCHA_WORKER_ID || '0';
const workerCache = path.join(os.tmpdir(), `render-cache-${WORKER}`);
const sharedCache = path.join(os.tmpdir(), 'render-cache');
const sharedIndex = sharedCache + '/index.json';

describe('render cache', function () {
  it('writes its cache under the mocha worker id', function () {
    fs.mkdirSync(workerCache, { recursive: true });
    fs.writeFileSync(path.join(workerCache, 'index.json'), '{}');
    assert.ok(fs.existsSync(workerCache));
    fs.rmSync(workerCache, { recursive: true, force: true });
  });

  it('writes its cache under a fixed directory', function () {
    fs.mkdirSync(sharedCache, { recursive: true });
    fs.writeFileSync(sharedIndex, '{}');
    assert.strictEqual(fs.readFileSync(sharedIndex, 'utf8'), '{}');
  });
});

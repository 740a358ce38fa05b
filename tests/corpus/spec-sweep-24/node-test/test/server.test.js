import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { app, metricsApp } from '../src/app.js';

const port = 5000 + Number(process.env.NODE_TEST_WORKER_ID ?? 0);

describe('http api', () => {
  const server = http.createServer(app);
  const metrics = http.createServer(metricsApp);

  before(async () => {
    await new Promise((resolve) => server.listen(port, resolve));
    await new Promise((resolve) => metrics.listen(9464, resolve));
  });

  after(() => {
    server.close();
    metrics.close();
  });

  it('answers ping', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/ping`);
    assert.equal(res.status, 200);
  });

  it('caches per worker', (t) => {
    const dir = path.join(os.tmpdir(), `api-cache-${t.workerId}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'etag'), 'abc');
    assert.ok(fs.existsSync(dir));
  });

  it('writes the shared cache', () => {
    fs.writeFileSync('/tmp/api-cache/etag', 'abc');
    assert.ok(fs.existsSync('/tmp/api-cache/etag'));
  });
});

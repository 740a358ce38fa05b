import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';

const FIXED = 4123;
const perWorker = 5000 + Number(process.env.NODE_TEST_WORKER_ID ?? 0);

describe('servers (node:test)', () => {
  const servers = [];
  after(() => servers.forEach((s) => s.close()));

  it('binds a fixed port', async () => {
    const s = http.createServer().listen(FIXED);
    servers.push(s);
    assert.ok(s);
  });

  it('binds a per-worker port', async () => {
    const s = http.createServer().listen(perWorker);
    servers.push(s);
    assert.ok(s);
  });

  it('binds an ephemeral port', async () => {
    const s = http.createServer().listen({ port: 0, host: '127.0.0.1' });
    servers.push(s);
    assert.ok(s);
  });
});

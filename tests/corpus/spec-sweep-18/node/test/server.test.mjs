import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { handler } from '../src/handler.js';

const PORT = Number(process.env.PORT ?? 4000);
const workerPort = 7000 + Number(process.env.NODE_TEST_WORKER_ID);

describe('feed server', () => {
  let ephemeral;
  let legacy;
  let perWorker;

  before(async () => {
    ephemeral = http.createServer(handler);
    await new Promise((resolve) => ephemeral.listen(0, resolve));
    legacy = http.createServer(handler).listen(PORT);
    perWorker = http.createServer(handler).listen(workerPort);
  });

  after(() => {
    ephemeral.close();
    legacy.close();
    perWorker.close();
  });

  test('serves the feed', async () => {
    const { port } = ephemeral.address();
    const res = await fetch(`http://127.0.0.1:${port}/feed`);
    assert.equal(res.status, 200);
  });
});

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as mk } from 'node:http';

const UPSTREAM = 'http://localhost:3000/api';
const METRICS_PORT = 9464;
let srv;
let base;

before(async () => {
  srv = mk((req, res) => res.end('ok'));
  await new Promise((resolve) => srv.listen(0, resolve));
  const { port } = srv.address();
  base = `http://127.0.0.1:${port}`;
});

after(() => srv.close());

test('talks to the ephemeral server', async () => {
  const res = await fetch(`${base}/health`);
  assert.equal(await res.text(), 'ok');
});

test('builds an upstream url without binding it', () => {
  assert.equal(new URL(UPSTREAM).port, '3000');
});

test('metrics endpoint binds a fixed port', async () => {
  const metrics = mk((req, res) => res.end(''));
  await new Promise((resolve) => metrics.listen(METRICS_PORT, resolve));
  metrics.close();
});

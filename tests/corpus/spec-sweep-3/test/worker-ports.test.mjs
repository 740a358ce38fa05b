import http from 'node:http';
import getPort from 'get-port';
import portfinder from 'portfinder';
import { test } from 'vitest';

const base = 3000;

test('pool id offset', () => {
  http.createServer().listen(base + Number(process.env.VITEST_POOL_ID)).close();
});

test('jest worker id offset', () => {
  http.createServer().listen(4000 + Number(process.env.JEST_WORKER_ID)).close();
});

test('playwright-style parallel index from env', () => {
  http.createServer().listen(5000 + Number(process.env.TEST_PARALLEL_INDEX)).close();
});

test('get-port', async () => {
  http.createServer().listen(await getPort()).close();
});

test('portfinder', async () => {
  http.createServer().listen(await portfinder.getPortPromise()).close();
});

test('env with a nullish default', () => {
  http.createServer().listen(process.env.PORT ?? 4000).close();
});

test('env with an or default', () => {
  const port = Number(process.env.ADMIN_PORT) || 4001;
  http.createServer().listen(port).close();
});

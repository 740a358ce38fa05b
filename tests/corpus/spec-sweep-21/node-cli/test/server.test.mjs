import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { once } from 'node:events';
import { handler } from '../src/handler.mjs';

test('serves on a fixed loopback port', async () => {
  const server = http.createServer(handler).listen({ port: 3000, host: '127.0.0.1' });
  await once(server, 'listening');
  server.close();
});

test('serves on an assigned port', async () => {
  const server = http.createServer(handler).listen({ port: 0, host: '127.0.0.1' });
  await once(server, 'listening');
  assert.ok(server.address().port > 0);
  server.close();
});

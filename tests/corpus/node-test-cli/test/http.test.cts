import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const DEFAULT_PORT = 8090;

function startServer(port: number): http.Server {
  return http.createServer((_req, res) => res.end('ok')).listen(port);
}

describe('http helpers', () => {
  test('primary server', (t) => {
    const server = http.createServer((_req, res) => res.end('a'));
    server.listen(DEFAULT_PORT);
    t.after(() => server.close());
    assert.ok(server.listening);
  });

  test('replica server', (t) => {
    const server = http.createServer((_req, res) => res.end('b'));
    server.listen(DEFAULT_PORT);
    t.after(() => server.close());
  });

  test('ephemeral server', async () => {
    const server = startServer(0);
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    assert.ok(port > 0);
    server.close();
  });
});

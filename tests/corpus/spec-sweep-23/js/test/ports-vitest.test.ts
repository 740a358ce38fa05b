import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';

function defaultPort(): number {
  return 5173;
}

function poolPort(): number {
  return 5200 + Number(process.env.VITEST_POOL_ID ?? 0);
}

const WS_PORT = 6100 + Number(process.env.VITEST_WORKER_ID);
const WS_FIXED = 6001;

describe('dev servers', () => {
  it('binds the pool port', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(poolPort(), resolve));
    expect(server.listening).toBe(true);
    server.close();
  });

  it('binds the default port returned by a helper', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(defaultPort(), resolve));
    expect(server.listening).toBe(true);
    server.close();
  });

  it('opens a websocket server per worker', () => {
    const wss = new WebSocketServer({ port: WS_PORT });
    wss.close();
  });

  it('opens a websocket server on a fixed port', () => {
    const wss = new WebSocketServer({ port: WS_FIXED });
    wss.close();
  });
});

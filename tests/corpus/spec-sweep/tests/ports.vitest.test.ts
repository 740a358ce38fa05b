import { describe, it, expect, afterEach } from 'vitest';
import { createServer, type Server } from 'node:http';
import express from 'express';

const PORT = 4123;
const FALLBACK = Number(process.env.PORT ?? 4000);
const FROM_ENV = Number(process.env.API_PORT);

describe('http server', () => {
  let server: Server;

  afterEach(() => new Promise<void>((done) => server.close(() => done())));

  it('listens on a constant', async () => {
    server = createServer((_req, res) => res.end('ok'));
    server.listen(PORT);
    expect(server.listening).toBe(true);
  });

  it('listens with an options object', () => {
    server = createServer();
    server.listen({ port: 5055, host: '127.0.0.1' });
  });

  it('uses the env default', () => {
    server = express().listen(FALLBACK);
  });

  it('reads the port from env without a default', () => {
    server = express().listen(FROM_ENV);
  });

  it('binds port 0 and reads it back', () => {
    server = createServer().listen(0);
    const { port } = server.address() as { port: number };
    expect(port).toBeGreaterThan(0);
  });

  it('derives from the vitest pool', () => {
    const port = 7000 + Number(process.env.VITEST_POOL_ID);
    server = createServer().listen(port);
  });
});

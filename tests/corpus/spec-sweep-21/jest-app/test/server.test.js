const http = require('http');
const net = require('net');
const { once } = require('events');
const { app } = require('../src/app');

const METRICS_PORT = 9464;

describe('metrics endpoint', () => {
  it('serves through http.Server', async () => {
    const server = http.Server(app).listen(METRICS_PORT);
    await once(server, 'listening');
    server.close();
  });

  it('serves the same port over a plain createServer', async () => {
    const server = http.createServer(app).listen(METRICS_PORT, '127.0.0.1');
    await once(server, 'listening');
    server.close();
  });

  it('serves on an ephemeral port', async () => {
    const server = new http.Server(app).listen(0);
    await once(server, 'listening');
    expect(server.address().port).toBeGreaterThan(0);
    server.close();
  });

  it('serves on the configured port', async () => {
    const server = http.createServer(app).listen(process.env.METRICS_PORT);
    await once(server, 'listening');
    server.close();
  });

  it('falls back to a fixed admin port', async () => {
    const port = process.env.ADMIN_PORT ?? 7070;
    const server = net.createServer().listen(port);
    await once(server, 'listening');
    server.close();
  });

  it('offsets the port by the worker id', async () => {
    const port = 41000 + Number(process.env.JEST_WORKER_ID);
    const server = net.createServer().listen({ port, host: '127.0.0.1' });
    await once(server, 'listening');
    server.close();
  });
});

import http from 'node:http';
import getPort from 'get-port';
import portfinder from 'portfinder';

const INSPECT_PORT = 9229;

function serve(port) {
  const server = http.createServer((req, res) => res.end('pong'));
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

describe('port finders', () => {
  it('binds a port from get-port', async () => {
    const port = await getPort();
    const server = await serve(port);
    server.close();
  });

  it('binds a port from portfinder', async () => {
    const port = await portfinder.getPortPromise({ port: 8000 });
    const server = http.createServer();
    await new Promise((resolve) => server.listen(port, resolve));
    server.close();
  });

  it('binds the inspector port', async () => {
    const server = http.createServer();
    await new Promise((resolve) => server.listen({ port: INSPECT_PORT, host: '127.0.0.1' }, resolve));
    server.close();
  });
});

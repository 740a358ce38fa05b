import http from 'node:http';
import type { AddressInfo } from 'node:net';

export async function startServer(handler: http.RequestListener, port = 0) {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(port, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${bound}` };
}

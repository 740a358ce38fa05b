import http from 'node:http';
import { describe, it } from 'vitest';
import { createApp } from '../src/app';

const enum Defaults {
  Admin = 4100,
}
const METRICS_PORT = 4300 satisfies number;
const host = '127.0.0.1';

declare const __E2E_PORT__: number;

describe('servers in typescript', () => {
  it('listens on a const enum member', () => {
    const server = createApp().listen(Defaults.Admin);
    server.close();
  });

  it('listens on a satisfies-annotated constant', () => {
    const metrics = http.createServer();
    metrics.listen(METRICS_PORT as number);
    metrics.close();
  });

  it('listens with an options object and host', () => {
    const s = http.createServer<typeof http.IncomingMessage>().listen({ port: 3000, host });
    s.close();
  });

  it('non-null asserted server', () => {
    const maybe: http.Server | null = http.createServer();
    maybe!.listen(9002);
    maybe!.close();
  });

  it('port from an ambient declaration is not a literal', () => {
    http.createServer().listen(__E2E_PORT__);
  });

  it('port from env without a default', () => {
    http.createServer().listen(Number(process.env.PORT!));
  });
});

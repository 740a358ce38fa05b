import getPort from 'get-port';
import { createServer } from '../../src/server';

let server: { close(): Promise<void> };

// Runs once in the main process; workers inherit the environment it sets.
export async function setup() {
  const port = await getPort();
  process.env['PORT'] = port.toString();
  server = await createServer('e2e', { port });
}

export async function teardown() {
  await server.close();
}

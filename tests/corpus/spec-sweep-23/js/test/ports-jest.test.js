const http = require('http');

const BASE_PORT = 4100;
const WORKER_PORT = BASE_PORT + Number(process.env.JEST_WORKER_ID);
const PID_PORT = 20000 + (process.pid % 10000);
let adminPort;
adminPort = 4200;

function listenOn(port) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => res.end('ok'));
    server.listen(port, () => resolve(server));
  });
}

describe('status server', () => {
  it('binds a port derived from the Jest worker id', async () => {
    const server = http.createServer((req, res) => res.end('ok'));
    await new Promise((resolve) => server.listen(WORKER_PORT, resolve));
    server.close();
  });

  it('binds a port derived from the process id', async () => {
    const server = http.createServer();
    await new Promise((resolve) => server.listen({ port: PID_PORT }, resolve));
    server.close();
  });

  it('binds the admin port assigned at the top of the file', async () => {
    const server = http.createServer();
    await new Promise((resolve) => server.listen(adminPort, resolve));
    server.close();
  });

  it('binds a literal base port through a local let', async () => {
    let port = BASE_PORT;
    const server = http.createServer();
    await new Promise((resolve) => server.listen(port, resolve));
    server.close();
  });
});

import http from 'node:http';
import { WebSocketServer } from 'ws';
import { createApp } from '../src/app';

const PORT = 4000;
const { ADMIN_PORT = '9100' } = process.env;
const app = createApp();

let server: http.Server;
let api: http.Server;
let admin: http.Server;
let wss: WebSocketServer;

beforeAll((done) => {
  server = http
    .createServer(app)
    .listen(
      3000,
      done,
    );
});

beforeAll(() => {
  api = app.listen(
    PORT,
    () => console.log(`api listening on ${PORT}`),
  );
});

beforeAll(() => {
  admin = createApp({ admin: true }).listen(
    Number(ADMIN_PORT),
  );
});

beforeAll(() => {
  wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 8081,
  });
});

afterAll(() => {
  server.close();
  api.close();
  admin.close();
  wss.close();
});

test('health answers', async () => {
  const res = await fetch(
    `http://localhost:${PORT}/health`,
  );
  expect(res.status).toBe(200);
});

test('metrics server binds an ephemeral port', (done) => {
  const metrics = http.createServer(app).listen(
    0,
    () => {
      const { port } = metrics.address() as { port: number };
      expect(port).toBeGreaterThan(0);
      metrics.close(done);
    },
  );
});

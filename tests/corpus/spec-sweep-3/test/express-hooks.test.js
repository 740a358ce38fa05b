const net = require('node:net');
const request = require('supertest');
const { app } = require('../src/server');

const PORT = 5050;
let server;

beforeAll(() => {
  server = app.listen(PORT);
});

afterAll(() => {
  server.close();
});

test('health responds', async () => {
  await request(`http://localhost:${PORT}`).get('/health').expect(200);
});

test('raw tcp echo server', (done) => {
  const echo = net.createServer((sock) => sock.pipe(sock));
  echo.listen(7070, '127.0.0.1', () => {
    echo.close(done);
  });
});

test('ephemeral ports are fine', (done) => {
  const a = net.createServer().listen(0);
  const b = net.createServer();
  b.listen(() => {
    a.close();
    b.close(done);
  });
});

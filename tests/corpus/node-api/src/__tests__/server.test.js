const http = require('http');
const request = require('supertest');
const app = require('../app');

const PORT = 4000;

describe('server', () => {
  let server;

  beforeAll((done) => {
    server = app.listen(PORT, done);
  });

  afterAll((done) => {
    server.close(done);
  });

  it('responds to /health', async () => {
    const res = await request(server).get('/health');
    expect(res.status).toBe(200);
    expect(server.address().port).toBe(PORT);
  });
});

describe('raw http server', () => {
  it('binds a literal port', (done) => {
    const srv = http.createServer((req, res) => res.end('ok')).listen(8080, () => {
      srv.close(done);
    });
  });

  it('binds an ephemeral port', (done) => {
    const srv = http.createServer((req, res) => res.end('ok'));
    srv.listen(0, () => {
      const { port } = srv.address();
      expect(port).toBeGreaterThan(0);
      srv.close(done);
    });
  });

  it('derives the port from the worker id', (done) => {
    const port = 5000 + Number(process.env.JEST_WORKER_ID);
    const srv = app.listen(port, () => srv.close(done));
  });

  it('falls back to a literal default', (done) => {
    const srv = app.listen(process.env.PORT ?? 4100, () => srv.close(done));
  });
});

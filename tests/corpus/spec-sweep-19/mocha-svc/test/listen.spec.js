const http = require('node:http');
const { expect } = require('chai');
const { createApp } = require('../src/app');

function startServer(port = 7070) {
  return http.createServer(createApp()).listen(port);
}

describe('server', function () {
  let server;
  let admin;

  before(function () {
    server = startServer();
  });

  before(function (done) {
    admin = http
      .createServer(createApp({ admin: true }))
      .listen({
        port: 7071,
        host: '127.0.0.1',
      }, done);
  });

  after(function () {
    server.close();
    admin.close();
  });

  it('binds the configured port', function (done) {
    const port = Number(
      process.env.PORT ??
        4000,
    );
    const s = http.createServer().listen(port, () => s.close(done));
  });

  it('binds an ephemeral port', function (done) {
    const s = http.createServer().listen(0, () => {
      expect(s.address().port).to.be.above(0);
      s.close(done);
    });
  });
});

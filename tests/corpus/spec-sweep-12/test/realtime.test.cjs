const { expect } = require('chai');
const sinon = require('sinon');
const portfinder = require('portfinder');
const http = require('node:http');
const { Server } = require('socket.io');

describe('realtime notifications', function () {
  let httpServer;
  let clock;

  before(async function () {
    this.timeout(5000);
    const port = await portfinder.getPortPromise();
    httpServer = http.createServer().listen(port);
    clock = sinon.useFakeTimers(new Date('2024-01-01T00:00:00Z'));
  });

  after(function () {
    httpServer.close();
  });

  it('broadcasts on a fixed port', function () {
    const io = new Server(3005);
    expect(io).to.be.ok;
    io.close();
  });

  it('uses the worker id port', function () {
    const port = 5000 + Number(process.env.MOCHA_WORKER_ID || 0);
    const server = http.createServer().listen(port);
    server.close();
  });
});

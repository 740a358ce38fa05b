import http from 'node:http';
import { expect } from 'chai';
import { WebSocketServer } from 'ws';
import { Server } from 'socket.io';
import getPort from 'get-port';
import { app } from '../src/app.mjs';

describe('realtime', function () {
  let wss;
  let io;
  let httpServer;

  afterEach(function () {
    wss?.close();
    io?.close();
    httpServer?.close();
  });

  it('accepts websocket clients', function () {
    wss = new WebSocketServer({ port: 8090 });
    expect(wss).to.be.ok;
  });

  it('starts socket.io', function () {
    io = new Server(3001);
  });

  it('wraps express in http.Server', function (done) {
    httpServer = http.createServer(app).listen(8080, done);
  });

  it('asks get-port for a free port', async function () {
    const port = await getPort();
    httpServer = http.createServer(app).listen(port);
  });

  it('offsets by the mocha worker id', function (done) {
    const port = 9000 + Number(process.env.MOCHA_WORKER_ID ?? 0);
    httpServer = http.createServer(app).listen(port, done);
  });
});

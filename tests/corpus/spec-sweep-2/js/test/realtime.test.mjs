import assert from 'node:assert/strict';
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { Server } from 'socket.io';
import { createApp } from '../src/app.mjs';

const port = 8090;
const FALLBACK_PORT = process.env.PORT ?? 4000;

describe('realtime gateway', function () {
  before(function (done) {
    this.server = createApp().listen(FALLBACK_PORT, done);
  });

  after(function (done) {
    this.server.close(done);
  });

  it('accepts websocket clients', function () {
    const wss = new WebSocketServer({ port });
    wss.close();
  });

  it('uses an ephemeral websocket port', function () {
    const wss = new WebSocketServer({ port: 0 });
    assert.ok(wss.address().port > 0);
    wss.close();
  });

  it('starts socket.io on a fixed port', function () {
    const io = new Server(3000);
    io.close();
  });

  it('attaches socket.io to an http server', function () {
    const httpServer = http.createServer();
    const io = new Server(httpServer);
    httpServer.listen(0);
    io.close();
  });

  it('calls listen on a socket.io instance', function () {
    const io = new Server();
    io.listen(3001);
    io.close();
  });

  it('only fetches a remote url', async function () {
    this.timeout(5000);
    const res = await fetch('http://localhost:8443/health').catch(() => null);
    assert.equal(res, null);
  });
});

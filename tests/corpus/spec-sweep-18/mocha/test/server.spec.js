'use strict';
const { expect } = require('chai');
const { WebSocketServer } = require('ws');
const { createApp } = require('../src/app');

const PORT = 4100;

describe('billing server', function () {
  let server;
  let wss;

  before(function (done) {
    server = createApp().listen(PORT, done);
  });

  before(function () {
    wss = new WebSocketServer({ server });
  });

  after(function (done) {
    wss.close();
    server.close(done);
  });

  it('answers health checks', async function () {
    const res = await fetch(`http://localhost:${PORT}/health`);
    expect(res.status).to.equal(200);
  });

  it('exposes the bound address', function () {
    expect(server.address().port).to.be.a('number');
  });
});

describe('events socket', function () {
  let events;

  before(function () {
    events = new WebSocketServer({ port: PORT });
  });

  after(function () {
    events.close();
  });

  it('accepts clients', function () {
    expect(events.clients.size).to.equal(0);
  });
});

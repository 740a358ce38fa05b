const { expect } = require('chai');
const { WebSocketServer, WebSocket } = require('ws');

const port = 8081;

describe('broadcast hub', () => {
  let wss;

  before(() => {
    wss = new WebSocketServer({ port });
  });

  after(() => {
    wss.close();
  });

  it('accepts a client', (done) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}`);
    ws.on('open', () => {
      expect(wss.clients.size).to.equal(1);
      ws.close();
      done();
    });
  });
});

/* isolint-ignore-file module-mutable-state */
'use strict';
const { expect } = require('chai');
const { createApp } = require('../src/app');

let hits = 0;

describe('legacy endpoints', function () {
  let server;

  before(function (done) {
    server = createApp({ onHit: () => hits++ }).listen(4100, done); // isolint-ignore hardcoded-port
  });

  after(function (done) {
    server.close(done);
  });

  it('counts hits', async function () {
    await fetch('http://localhost:4100/legacy');
    expect(hits).to.equal(1);
  });
});

'use strict';
const path = require('node:path');
const { expect } = require('chai');
const { createApp } = require('../src/app');
const { loadConfig } = require('../src/config');

const fixtureDir = path.join(__dirname, 'fixtures', 'project');
const workerPort = 5000 + Number(process.env.MOCHA_WORKER_ID || 0);

describe('config loading', function () {
  let savedLevel;
  let server;

  before(function () {
    process.chdir(fixtureDir);
  });

  beforeEach(function () {
    savedLevel = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'silent';
  });

  afterEach(function () {
    if (savedLevel === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = savedLevel;
  });

  before(function (done) {
    server = createApp().listen(workerPort, done);
  });

  after(function (done) {
    server.close(done);
  });

  it('reads .billingrc from the cwd', function () {
    expect(loadConfig().currency).to.equal('EUR');
  });
});

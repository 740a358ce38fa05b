process.env.NODE_ENV = 'test';

const { expect } = require('chai');
const { readSettings } = require('../src/settings');

describe('settings', function () {
  let saved;

  beforeEach(function () {
    saved = process.env.LOG_LEVEL;
  });

  afterEach(function () {
    if (saved === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = saved;
  });

  it('defaults the log level', function () {
    delete process.env.LOG_LEVEL;
    expect(readSettings().logLevel).to.equal('info');
  });

  it('enables a debug namespace', function () {
    process.env[
      'DEBUG'
    ] = 'app:*';
    expect(readSettings().debug).to.equal('app:*');
  });

  it('changes directory and back', function () {
    const prev = process.cwd();
    try {
      process.chdir(__dirname);
      expect(readSettings().root).to.equal(__dirname);
    } finally {
      process.chdir(prev);
    }
  });
});

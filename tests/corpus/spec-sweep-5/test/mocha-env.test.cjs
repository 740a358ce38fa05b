const assert = require('node:assert');
const { loadConfig } = require('../src/config');

describe('config from env (mocha)', function () {
  let previous;

  before(function () {
    previous = process.env.API_BASE;
    process.env.API_BASE = 'http://api.internal';
  });

  after(function () {
    if (previous === undefined) delete process.env.API_BASE;
    else process.env.API_BASE = previous;
  });

  it('reads the base url', function () {
    this.timeout(2000);
    assert.strictEqual(loadConfig().apiBase, 'http://api.internal');
  });
});

describe('working directory (mocha)', function () {
  before(function () {
    process.chdir('/srv/fixtures');
  });

  it('resolves relative paths', function () {
    assert.ok(loadConfig().root.endsWith('fixtures'));
  });
});

describe('cwd restored in after', function () {
  const original = process.cwd();

  before(function () {
    process.chdir('/srv/other');
  });

  after(function () {
    process.chdir(original);
  });

  it('uses the other root', function () {
    assert.ok(loadConfig().root);
  });
});

import assert from 'node:assert';
import { describe, it, before, after, beforeEach, afterEach } from 'mocha';
import { settings } from '../src/settings.mjs';

describe('locale from env (mocha ESM, restored)', function () {
  const saved = {};

  beforeEach(function () {
    saved.LANG = process.env.LANG;
    process.env.LANG = 'de_DE.UTF-8';
  });

  afterEach(function () {
    process.env.LANG = saved.LANG;
  });

  it('uses German', function () {
    assert.equal(settings().locale, 'de');
  });
});

describe('cwd and flags (mocha ESM, leaked)', function () {
  before(function () {
    process.chdir(new URL('./fixtures', import.meta.url).pathname);
  });

  it('turns the flag on', function () {
    Object.assign(process.env, { FEATURE_X: '1' });
    assert.ok(settings().featureX);
  });
});

describe('cwd (mocha ESM, restored)', function () {
  let home;

  before(function () {
    home = process.cwd();
    process.chdir('/srv/app');
  });

  after(function () {
    process.chdir(home);
  });

  it('reads the app dir', function () {
    assert.ok(settings().root);
  });
});

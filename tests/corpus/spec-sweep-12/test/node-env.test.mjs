import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/config.js';

process.env.TZ = 'UTC';

describe('config', () => {
  before(() => {
    Object.assign(process.env, { NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  });

  it('reads the log level', (t) => {
    const original = process.cwd();
    t.after(() => {
      process.chdir(original);
    });
    process.chdir('fixtures/app');
    assert.equal(loadConfig().logLevel, 'silent');
  });
});

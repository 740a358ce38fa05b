import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/config.js';

before(() => {
  Object.assign(process.env, { FEATURE_FLAGS: 'beta,search' });
});

test('flag restored through t.after', (t) => {
  process.env.CACHE_TTL = '30';
  t.after(() => {
    delete process.env.CACHE_TTL;
  });
  assert.equal(loadConfig().cacheTtl, 30);
});

test('flags parsed', () => {
  assert.deepEqual(loadConfig().flags, ['beta', 'search']);
});

test('mocked cwd is not a chdir', (t) => {
  t.mock.method(process, 'cwd', () => '/virtual');
  assert.equal(loadConfig().root, '/virtual');
});

test('region leaks', async () => {
  process.env.REGION = 'eu-central-1';
  assert.equal(loadConfig().region, 'eu-central-1');
});

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolveFeedUrl, featureEnabled } from '../src/config.js';

process.env.TZ = 'UTC';

before(() => {
  process.env.FEED_URL = 'http://127.0.0.1:0/feed';
});

after(() => {
  delete process.env.FEED_URL;
});

test('reads the feed url from the environment', () => {
  assert.equal(resolveFeedUrl(), 'http://127.0.0.1:0/feed');
});

test('turns features on from the environment', () => {
  Object.assign(process.env, { FEATURE_DIGEST: '1' });
  assert.ok(featureEnabled('digest'));
});

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { login, fetchProfile } from './helpers/client.mjs';

describe('session', () => {
  let sessionId;
  let baseUrl;

  before(() => {
    baseUrl = 'http://127.0.0.1:0';
  });

  it('logs in', async () => {
    sessionId = await login(baseUrl, { user: `u${process.pid}` });
    assert.ok(sessionId);
  });

  it('reads the profile', async () => {
    const profile = await fetchProfile(baseUrl, sessionId);
    assert.equal(profile.active, true);
  });
});

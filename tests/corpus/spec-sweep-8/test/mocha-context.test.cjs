const assert = require('assert');
const { Client } = require('../src/client');

describe('mocha context', function () {
  before(function () {
    this.client = new Client();
  });

  it('logs in', async function () {
    this.token = await this.client.login();
    assert.ok(this.token);
  });

  it('fetches the profile', async function () {
    const profile = await this.client.profile(this.token);
    assert.ok(profile);
  });
});

// An e2e auth suite that empties the users collection through a helper of
// its own support module before each test: the drop reaches every worker's
// users. The same helper called inside a test is not a hook.
const { assert } = require('chai');
const { dropCollection } = require('../support/database');

describe('auth api', () => {
  beforeEach(() => dropCollection('users'));

  it('drops a scratch collection it owns', async () => {
    await dropCollection(`scratch_${process.pid}`);
    assert.ok(true);
  });
});

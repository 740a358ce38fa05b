// Mocha TDD interface (`--ui tdd`): hooks chained on the Suite that
// `suite()` returns run for that suite, like hooks written in its body.
const { expect } = require('chai');
const { selectBackend, DEV_URL } = require('../src/backend');

const PROD_URL = 'https://backend.example.com';

suite('backend selection in dev mode', () => {
  test('dev mode picks the dev backend', () => {
    expect(selectBackend({})).to.equal(DEV_URL);
  });
}).beforeAll(() => {
  process.env.BACKEND_DEV_MODE = 'true';
  process.env.BACKEND_URL = PROD_URL;
}).afterAll(() => delete process.env.BACKEND_DEV_MODE);

suite('backend selection with an override', () => {
  let saved;
  suiteSetup(() => {
    saved = process.env.BACKEND_OVERRIDE;
    process.env.BACKEND_OVERRIDE = 'http://override.example.com';
  });
  suiteTeardown(() => {
    if (saved === undefined) {
      delete process.env.BACKEND_OVERRIDE;
    } else {
      process.env.BACKEND_OVERRIDE = saved;
    }
  });

  test('the override wins', () => {
    expect(selectBackend({})).to.equal('http://override.example.com');
  });
});

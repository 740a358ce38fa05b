// Environment changes made by helpers and table rows: restored by the
// teardown of the suite they run in (not flagged), or leaked by a suite
// without one (flagged at the write).
function useStaging() {
  process.env.API_URL = 'https://staging.example.test';
}

describe('against staging', () => {
  beforeEach(() => useStaging());
  afterEach(() => {
    delete process.env.API_URL;
  });

  test('reads the configured URL', () => {
    expect(process.env.API_URL).toContain('staging');
  });
});

describe.each([
  ['eu', () => { process.env.REGION = 'eu'; }],
])('region %s', (_, selectRegion) => {
  const saved = process.env.REGION;
  beforeEach(() => selectRegion());
  afterEach(() => {
    process.env.REGION = saved;
  });

  test('picks the region', () => {
    expect(process.env.REGION).toBe('eu');
  });
});

function useDebug() {
  process.env.DEBUG = 'api:*';
}

describe('with debug output', () => {
  beforeEach(() => useDebug());

  test('logs', () => {
    expect(process.env.DEBUG).toBe('api:*');
  });
});

const { loadConfig } = require('../config');

process.env.API_URL = 'http://api.test';

describe('loadConfig', () => {
  const ORIGINAL_ENV = process.env;

  beforeEach(() => {
    jest.resetModules();
    process.env = { ...ORIGINAL_ENV };
  });

  afterEach(() => {
    process.env = ORIGINAL_ENV;
  });

  it('reads LOG_LEVEL', () => {
    process.env.LOG_LEVEL = 'debug';
    expect(loadConfig().logLevel).toBe('debug');
  });
});

describe('without restore', () => {
  it('turns on feature flags', () => {
    Object.assign(process.env, { FEATURE_X: '1', FEATURE_Y: '1' });
    expect(loadConfig().features).toEqual(['x', 'y']);
  });

  it('drops the token', () => {
    delete process.env.GITHUB_TOKEN;
    expect(loadConfig().token).toBeUndefined();
  });

  it('restores in finally', () => {
    const previous = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(loadConfig().timezone).toBe('America/New_York');
    } finally {
      process.env.TZ = previous;
    }
  });
});

describe('put back at the end of the test', () => {
  it('sets NODE_OPTIONS and resets it inline', () => {
    const previous = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = '--max-old-space-size=64';
    expect(loadConfig().nodeOptions).toContain('64');
    process.env.NODE_OPTIONS = previous;
  });
});

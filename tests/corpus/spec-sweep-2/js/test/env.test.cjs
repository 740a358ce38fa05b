const { loadConfig } = require('../src/config.cjs');

process.env.NODE_ENV = 'test';

describe('config', () => {
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();

  afterEach(() => {
    process.env = savedEnv;
  });

  afterAll(() => {
    process.chdir(savedCwd);
  });

  it('reads a flag', () => {
    process.env['FEATURE_FLAG'] = '1';
    expect(loadConfig().featureFlag).toBe(true);
  });

  it('changes directory', () => {
    process.chdir(__dirname);
    expect(loadConfig().root).toBe(__dirname);
  });
});

describe('leaky config', () => {
  it('drops CI', () => {
    delete process.env.CI;
    expect(loadConfig().ci).toBe(false);
  });
});

const path = require('path');
const { loadConfig } = require('../src/config');

describe('config loading', () => {
  const originalCwd = process.cwd();

  afterEach(() => {
    process.chdir(originalCwd);
  });

  it('reads the project rc from the working directory', () => {
    process.chdir(path.join(__dirname, 'fixtures'));
    expect(loadConfig().source).toBe('rc');
  });

  it('merges environment overrides', () => {
    Object.assign(process.env, { APP_MODE: 'strict', APP_REGION: 'eu' });
    expect(loadConfig().mode).toBe('strict');
  });
});

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadSettings } = require('../src/settings');

process.env.TZ = 'UTC';

describe('whole-env replacement', () => {
  it('replaces process.env with a spread copy', () => {
    process.env = { ...process.env, FEATURE_X: '1' };
    expect(loadSettings().featureX).toBe(true);
  });

  it('sets a variable through Reflect.set', () => {
    Reflect.set(process.env, 'API_URL', 'http://api.test');
    expect(loadSettings().apiUrl).toBe('http://api.test');
  });
});

describe('replaceProperty restored by restoreAllMocks', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('replaces env via jest.replaceProperty', () => {
    jest.replaceProperty(process, 'env', { ...process.env, REGION: 'eu' });
    expect(loadSettings().region).toBe('eu');
  });
});

describe('chdir restored in finally', () => {
  it('runs from a temp dir', () => {
    const previous = process.cwd();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settings-'));
    try {
      process.chdir(dir);
      expect(loadSettings().root).toBe(dir);
    } finally {
      process.chdir(previous);
    }
  });
});

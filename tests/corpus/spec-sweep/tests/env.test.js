const { loadSettings } = require('../src/settings');

process.env.FEATURE_FLAGS = 'beta';

describe('settings', () => {
  const savedUrl = process.env.API_URL;

  afterEach(() => {
    process.env.API_URL = savedUrl;
  });

  test('reads API_URL (restored in afterEach)', () => {
    process.env.API_URL = 'http://stub.local';
    expect(loadSettings().apiUrl).toBe('http://stub.local');
  });

  test('drops HOME', () => {
    delete process.env.HOME;
    expect(loadSettings().home).toBeUndefined();
  });

  test('merges several vars', () => {
    Object.assign(process.env, { LOG_LEVEL: 'debug', NO_COLOR: '1' });
  });

  test('changes directory', () => {
    process.chdir('/tmp');
    expect(loadSettings().cwd).toBe('/tmp');
  });

  test('restores in finally', () => {
    const before = process.cwd();
    const savedTz = process.env.TZ;
    try {
      process.chdir(__dirname);
      process.env.TZ = 'Asia/Tokyo';
      expect(loadSettings().tz).toBe('Asia/Tokyo');
    } finally {
      process.chdir(before);
      process.env.TZ = savedTz;
    }
  });
});

import { buildConfig } from '../src/config';

describe('config (jest)', () => {
  const original = { ...process.env };

  afterEach(() => {
    process.env = { ...original };
  });

  it('reads the API url', () => {
    process.env.API_URL = 'https://api.test';
    expect(buildConfig().apiUrl).toBe('https://api.test');
  });
});

describe('config without restore (jest)', () => {
  it('forces production', () => {
    process.env['NODE_ENV'] = 'production';
    expect(buildConfig().minify).toBe(true);
  });
});

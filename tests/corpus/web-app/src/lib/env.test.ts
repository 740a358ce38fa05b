import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiBaseUrl, isProduction } from './env';

describe('env helpers', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads the api url', () => {
    vi.stubEnv('VITE_API_URL', 'https://api.example.com');
    expect(apiBaseUrl()).toBe('https://api.example.com');
  });

  it('detects production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(isProduction()).toBe(true);
  });
});

describe('leaky env', () => {
  it('forces staging', () => {
    process.env.APP_STAGE = 'staging';
    expect(apiBaseUrl()).toContain('staging');
  });

  it('moves to the fixtures folder', () => {
    process.chdir(`${__dirname}/fixtures`);
    expect(isProduction()).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('reads the API url', () => {
    vi.stubEnv('API_URL', 'https://staging.example.test');
    expect(loadConfig().apiUrl).toBe('https://staging.example.test');
  });
});

describe('loadConfig (unstubbed)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('defaults the region', () => {
    vi.stubEnv('AWS_REGION', '');
    expect(loadConfig().region).toBe('us-east-1');
  });
});

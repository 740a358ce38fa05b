import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveHome, apiBase } from '../src/paths';

describe('environment', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads the API base from the environment', () => {
    vi.stubEnv('API_URL', 'http://api.internal');
    expect(apiBase()).toBe('http://api.internal');
  });

  it('falls back when HOME is unset', () => {
    delete process.env.HOME;
    expect(resolveHome()).toBe('/');
  });

  it('honours a temporary override', () => {
    const saved = process.env.API_URL;
    process.env.API_URL = 'http://override';
    try {
      expect(apiBase()).toBe('http://override');
    } finally {
      process.env.API_URL = saved;
    }
  });
});

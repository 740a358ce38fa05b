import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadConfig, saveConfig } from './config';

vi.mock('node:fs');

const DEFAULTS = Object.freeze({ apiUrl: 'http://localhost:3000', retries: 3 });

describe('config', () => {
  beforeEach(() => {
    vi.stubEnv('API_URL', 'http://localhost:4000');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('reads API_URL from the environment', () => {
    expect(loadConfig().apiUrl).toBe('http://localhost:4000');
  });

  it('falls back to defaults', () => {
    vi.stubEnv('API_URL', '');
    expect(loadConfig({ ...DEFAULTS }).retries).toBe(DEFAULTS.retries);
  });

  it('persists through fs', () => {
    saveConfig({ apiUrl: DEFAULTS.apiUrl });
    expect(vi.mocked(writeFileSync)).toHaveBeenCalledWith('config.json', expect.any(String));
  });

  it('reports the request time', () => {
    const spy = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    try {
      expect(loadConfig().loadedAt).toBe(1_700_000_000_000);
    } finally {
      spy.mockRestore();
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/settings';

describe('env saved and restored in hooks', () => {
  let saved: NodeJS.ProcessEnv;

  beforeEach(() => {
    saved = { ...process.env };
    Object.assign(process.env, { LOG_LEVEL: 'debug', REGION: 'us' });
  });

  afterEach(() => {
    process.env = saved;
  });

  it('reads log level', () => {
    expect(loadSettings().logLevel).toBe('debug');
  });
});

describe('env leaks', () => {
  beforeEach(() => {
    process.env['SERVICE_TOKEN'] = 'token-123';
  });

  it('deletes HOME with bracket syntax', () => {
    delete process.env['HOME'];
    expect(loadSettings().home).toBeUndefined();
  });

  it('changes directory without restoring it', () => {
    process.chdir('/srv/app');
    expect(loadSettings().root).toBe('/srv/app');
  });
});

import { describe, it, beforeEach, afterEach, expect } from 'vitest';
import { env, chdir, cwd } from 'node:process';
import { loadConfig } from '../src/config.js';

describe('aliased process members', () => {
  it('sets through the destructured env', () => {
    env.LOG_FORMAT = 'json';
    expect(loadConfig().logFormat).toBe('json');
  });

  it('changes directory through the imported chdir', () => {
    chdir('/srv/imports');
    expect(loadConfig().root).toBe('/srv/imports');
  });
});

describe('aliased and restored', () => {
  let before;
  beforeEach(() => {
    before = cwd();
    chdir('/srv/restored');
  });
  afterEach(() => {
    chdir(before);
  });
  it('reads root', () => {
    expect(loadConfig().root).toBe('/srv/restored');
  });
});

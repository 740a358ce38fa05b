import { writeFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DiskCache } from './cache';

const SHARED_DIR = join(tmpdir(), 'web-app-cache');

describe('DiskCache', () => {
  it('persists entries', async () => {
    await mkdir(SHARED_DIR, { recursive: true });
    const cache = new DiskCache(SHARED_DIR);
    await cache.set('k', 'v');
    expect(await cache.get('k')).toBe('v');
  });

  it('persists entries in a unique dir', async () => {
    const dir = join(tmpdir(), `web-app-${randomUUID()}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'seed.json'), '{}');
    const cache = new DiskCache(dir);
    expect(await cache.get('missing')).toBeUndefined();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a lock file next to the cwd', async () => {
    await writeFile('cache.lock', String(Date.now()));
  });
});

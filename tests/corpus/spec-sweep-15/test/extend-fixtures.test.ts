import { test as base, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Fixtures {
  workdir: string;
  tz: string;
  apiUrl: string;
}

const test = base.extend<Fixtures>({
  workdir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep15-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  tz: async ({}, use) => {
    const previous = process.env.TZ;
    process.env.TZ = 'UTC';
    await use('UTC');
    process.env.TZ = previous;
  },
  apiUrl: async ({}, use) => {
    process.env.API_URL = 'http://127.0.0.1:9';
    await use(process.env.API_URL);
  },
});

test('uses the private workdir', ({ workdir }) => {
  expect(workdir).toContain('sweep15-');
});

test('uses the environment fixtures', ({ tz, apiUrl }) => {
  expect(tz && apiUrl).toBeTruthy();
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync as w, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadConfig } from '../src/config.mjs';

test('loads config.json from the cwd', () => {
  w('config.json', JSON.stringify({ debug: true }));
  assert.equal(loadConfig().debug, true);
});

test('loads from a per-worker dir', (t) => {
  const dir = join(tmpdir(), `cfg-${process.env.NODE_TEST_WORKER_ID}`);
  mkdirSync(dir, { recursive: true });
  w(join(dir, 'config.json'), '{}');
  assert.ok(loadConfig(dir));
});

test('writes under a fixed tmp subdir', () => {
  const dir = join(tmpdir(), 'cli', 'cfg');
  mkdirSync(dir, { recursive: true });
});

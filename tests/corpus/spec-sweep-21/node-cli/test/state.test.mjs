import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadState } from '../src/state.mjs';

test('loads state from a private directory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cli-state-'));
  await writeFile(join(dir, 'state.json'), '{"v":1}');
  assert.equal(loadState(join(dir, 'state.json')).v, 1);
  await rm(dir, { recursive: true, force: true });
});

test('loads state from the shared location', async () => {
  await writeFile('/tmp/cli-state.json', '{"v":2}');
  assert.equal(loadState('/tmp/cli-state.json').v, 2);
});

test('clears the cache directory', () => {
  rmSync(join(tmpdir(), 'cli-cache'), { recursive: true, force: true });
});

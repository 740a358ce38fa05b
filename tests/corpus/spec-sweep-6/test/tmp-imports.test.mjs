import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSync, closeSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';

const TMP = tmpdir();
const LOCK = join(TMP, 'indexer.lock');

before(async () => {
  await mkdir(join(tmpdir(), 'indexer-cache'), { recursive: true });
});

after(async () => {
  await rm(join(tmpdir(), 'indexer-cache'), { recursive: true, force: true });
});

test('takes an exclusive lock file', () => {
  const fd = openSync(LOCK, 'wx');
  closeSync(fd);
});

test('creates a per-worker directory', (t) => {
  mkdirSync(join(TMP, `indexer-${process.env.NODE_TEST_WORKER_ID}`), { recursive: true });
  assert.ok(t);
});

test('writes a string-concatenated path', () => {
  writeFileSync(TMP + '/indexer.json', '{}');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli.mjs';

test('production mode is quiet', (t) => {
  const saved = process.env.NODE_ENV;
  t.after(() => {
    process.env.NODE_ENV = saved;
  });
  process.env.NODE_ENV = 'production';
  assert.equal(run(['--version']).stderr, '');
});

test('init writes into the working directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-init-'));
  process.chdir(dir);
  assert.equal(run(['init']).code, 0);
});

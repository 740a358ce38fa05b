import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../src/cli.js';

const originalCwd = process.cwd();

describe('cli init', () => {
  let workDir;

  before(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-init-'));
    process.chdir(workDir);
  });

  after(() => {
    process.chdir(originalCwd);
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('creates a config file', async () => {
    await run(['init']);
    assert.ok(fs.existsSync(path.join(workDir, '.clirc')));
  });
});

describe('cli build', () => {
  test('writes build output to a shared folder', async () => {
    fs.mkdirSync('/tmp/cli-build', { recursive: true });
    await run(['build', '--out', '/tmp/cli-build']);
    assert.ok(fs.existsSync('/tmp/cli-build/index.js'));
  });

  test('runs from the examples folder', async () => {
    process.chdir(path.join(originalCwd, 'examples'));
    await run(['build']);
  });

  test('uses a per-test folder', async (t) => {
    const out = path.join(os.tmpdir(), `cli-build-${process.pid}-${t.name.length}`);
    fs.mkdirSync(out, { recursive: true });
    t.after(() => fs.rmSync(out, { recursive: true, force: true }));
    await run(['build', '--out', out]);
  });
});

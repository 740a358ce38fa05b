import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ENV_WORKER = process.env.NODE_TEST_WORKER_ID ?? '1';
const STORE_NAME = 'snapshot-store';

function storeDir(worker) {
  return path.join(os.tmpdir(), `${STORE_NAME}-${worker}`);
}

test('store under the node:test worker id from the env', () => {
  const dir = storeDir(ENV_WORKER);
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('store under t.workerId', (t) => {
  const dir = path.join(os.tmpdir(), `${STORE_NAME}-${t.workerId}`);
  fs.mkdirSync(dir, { recursive: true });
  assert.ok(fs.existsSync(dir));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('store under the bare store name', () => {
  const dir = path.join(os.tmpdir(), STORE_NAME);
  fs.mkdirSync(dir, { recursive: true });
  assert.ok(fs.existsSync(dir));
});

import { describe, it, test, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';

const CACHE_DIR = '/tmp/sweep15-node-cache';
await mkdir(CACHE_DIR, { recursive: true });

const server = createServer();
await new Promise((resolve) => server.listen(4330, '127.0.0.1', resolve));

const ephemeral = createServer();
await new Promise((resolve) => ephemeral.listen(0, resolve));

test('writes into the cache', async () => {
  await writeFile(`${CACHE_DIR}/entry.json`, '{}');
  assert.ok(server.address());
});

test('t.mock is reset when the test ends', (t) => {
  t.mock.method(Date, 'now', () => 0);
  t.mock.timers.enable({ apis: ['Date'], now: 0 });
  assert.equal(Date.now(), 0);
});

describe('sequential subtests reset by a hook', () => {
  let hits = 0;
  beforeEach(() => {
    hits = 0;
  });

  it('counts', () => {
    hits += 1;
    assert.equal(hits, 1);
  });
});

describe('a describe-level before hook', () => {
  const ids = [];
  before(() => {
    ids.length = 0;
  });

  it('pushes', () => {
    ids.push('a');
    assert.equal(ids.length, 1);
  });
});

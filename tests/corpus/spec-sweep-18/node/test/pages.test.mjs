import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchPage } from '../src/client.js';

async function* pages(client, start = 1) {
  let page = start;
  while (true) {
    const body = await fetchPage(client, page++);
    if (body.items.length === 0) return;
    yield body;
  }
}

async function dumpPages(client, file) {
  for await (const body of pages(client)) {
    await appendFile(file, JSON.stringify(body) + '\n');
  }
}

async function dumpToLog(client) {
  for await (const body of pages(client)) {
    await appendFile('feed-dump.ndjson', JSON.stringify(body) + '\n');
  }
}

test('dumps every page into a private directory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'feed-'));
  const file = join(dir, 'pages.ndjson');
  await dumpPages({ base: 'http://feed.test' }, file);
  assert.ok((await readFile(file, 'utf8')).length > 0);
});

test('dumps every page into the shared log', async () => {
  await dumpToLog({ base: 'http://feed.test' });
});

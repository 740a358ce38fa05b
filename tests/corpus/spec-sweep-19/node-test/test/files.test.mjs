import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, rm, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('writes the daily report', async () => {
  await writeFile(
    '/tmp/reports/daily.json',
    JSON.stringify({ ok: true }),
  );
  const text = await readFile('/tmp/reports/daily.json', 'utf8');
  assert.match(text, /ok/);
});

test('writes into a private dir', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'rep-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'daily.json'), '{}');
});

test('cleans the shared cache dir', async () => {
  await rm(
    join(
      tmpdir(),
      'exporter-cache',
    ),
    { recursive: true, force: true },
  );
});

test('reads a shipped fixture', async () => {
  const text = await readFile(
    new URL('./fixtures/sample.json', import.meta.url),
    'utf8',
  );
  assert.ok(text.length > 0);
});

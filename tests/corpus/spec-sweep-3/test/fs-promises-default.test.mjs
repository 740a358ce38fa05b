import fsp from 'fs/promises';
import os from 'node:os';
import { test } from 'vitest';

test('wipes a relative coverage scratch dir', async () => {
  await fsp.rm('./coverage-tmp', { recursive: true, force: true });
});

test('creates an uploads dir under the temp dir via a template literal', async () => {
  await fsp.mkdir(`${os.tmpdir()}/sweep3-uploads`, { recursive: true });
});

test('dynamic import of node:fs/promises', async () => {
  const { writeFile } = await import('node:fs/promises');
  await writeFile('/tmp/sweep3-dynamic.txt', 'hello');
});

test('per-worker dir is fine', async () => {
  const dir = `${os.tmpdir()}/sweep3-${process.env.VITEST_POOL_ID}`;
  await fsp.mkdir(dir, { recursive: true });
});

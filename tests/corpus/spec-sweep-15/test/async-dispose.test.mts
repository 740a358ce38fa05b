import { describe, it, expect } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHARED = join(tmpdir(), 'sweep15-ws');

async function privateDir() {
  const dir = await mkdtemp(join(tmpdir(), 'sweep15-'));
  return {
    dir,
    async [Symbol.asyncDispose]() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe('await using scratch directories', () => {
  it('a mkdtemp directory disposed at block end is private', async () => {
    await using ws = await privateDir();
    await writeFile(join(ws.dir, 'b.txt'), 'b');
    expect(ws.dir).toBeTruthy();
  });

  it('a disposer does not make a fixed path private', async () => {
    await using _cleanup = {
      async [Symbol.asyncDispose]() {
        await rm(SHARED, { recursive: true, force: true });
      },
    };
    await writeFile(`${SHARED}.txt`, 'a');
  });
});

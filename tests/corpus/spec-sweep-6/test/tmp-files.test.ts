import { describe, it, afterAll, expect } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import fs, { promises as fsp } from 'node:fs';

const SESSION_ID = 'main';
const LOG_NAME = 'app.log';
const SHARED_CACHE = path.join(os.tmpdir(), 'vite-cache.json');

describe('temp files', () => {
  describe('fixed names', () => {
    it('writes a cache through fs.promises', async () => {
      await fsp.writeFile(path.join(os.tmpdir(), 'cache.json'), '{}');
      expect(fs.readFileSync(path.join(os.tmpdir(), 'cache.json'), 'utf8')).toBe('{}');
    });

    it('writes via the fs.promises namespace', async () => {
      await fs.promises.writeFile('/tmp/promises-ns.txt', 'x');
    });

    it('streams a log under a resolved tmp path', () => {
      const stream = fs.createWriteStream(path.resolve('/tmp', LOG_NAME));
      stream.end('line');
    });

    it('writes a session file named in a template literal', () => {
      fs.writeFileSync(`${os.tmpdir()}/session-${SESSION_ID}.json`, '{}');
    });

    it('appends and copies to fixed paths', () => {
      fs.appendFileSync('/var/tmp/audit.log', 'entry\n');
      fs.copyFileSync('package.json', '/tmp/package-copy.json');
    });

    it('uses one shared constant twice', () => {
      fs.writeFileSync(SHARED_CACHE, '{}');
      fs.unlinkSync(SHARED_CACHE);
    });
  });

  describe('isolated names', () => {
    it('writes inside a mkdtemp directory', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vt-'));
      fs.writeFileSync(path.join(dir, 'out.json'), '{}');
    });

    it('names the cache after the pool id', () => {
      fs.writeFileSync(path.join(os.tmpdir(), `cache-${process.env.VITEST_POOL_ID}.json`), '{}');
    });

    it('names the file after the process', async () => {
      await fsp.writeFile(`/tmp/run-${process.pid}.txt`, 'x');
    });

    it('reads a fixture shipped with the repo', () => {
      expect(fs.readFileSync('test/fixtures/catalog.json', 'utf8')).toBeTruthy();
    });
  });

  afterAll(() => {
    fs.rmSync('/tmp/vite-build', { recursive: true, force: true });
  });
});

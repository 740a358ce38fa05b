import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { writeFileSync as w, existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SHARED_REPORT = '/tmp/sweep9-report.json';

describe('paths', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sweep9-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a fixture shipped with the repo', () => {
    const raw = readFileSync('test/fixtures/input.json', 'utf8');
    expect(JSON.parse(raw)).toBeTruthy();
  });

  it('only checks that a system path exists', () => {
    expect(typeof existsSync('/tmp/.X11-unix')).toBe('boolean');
  });

  it('writes under the per-test temp dir', () => {
    w(path.join(dir, 'out.json'), '{}');
    expect(existsSync(path.join(dir, 'out.json'))).toBe(true);
  });

  it('writes under tmpdir joined with the pid', () => {
    const mine = path.join(os.tmpdir(), `sweep9-${process.pid}.log`);
    w(mine, 'x');
  });

  it('writes a fixed report path', () => {
    w(SHARED_REPORT, '{}');
    expect(existsSync(SHARED_REPORT)).toBe(true);
  });

  it('writes a fixed name under tmpdir', () => {
    w(path.join(os.tmpdir(), 'sweep9-cache.bin'), 'x');
  });
});

import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { saveUpload } from '../src/uploads.js';

const REPORT = path.join(os.tmpdir(), 'vitest-uploads', 'report.json');

describe('uploads', () => {
  let dir;

  beforeAll(() => {
    dir = path.join(os.tmpdir(), `uploads-${nanoid()}`);
    mkdirSync(dir, { recursive: true });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a file under a unique dir', async () => {
    const name = `${randomBytes(6).toString('hex')}.bin`;
    await saveUpload(path.join(dir, name), Buffer.from('x'));
    expect(name).toMatch(/\.bin$/);
  });

  it('writes a summary report', () => {
    writeFileSync(REPORT, JSON.stringify({ ok: true }));
    expect(true).toBe(true);
  });

  it('sets an env var for one test', () => {
    process.env.UPLOAD_LIMIT = '10';
    onTestFinished(() => {
      delete process.env.UPLOAD_LIMIT;
    });
    expect(process.env.UPLOAD_LIMIT).toBe('10');
  });
});

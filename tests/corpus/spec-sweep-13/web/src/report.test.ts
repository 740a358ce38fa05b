import { describe, expect, it } from 'vitest';
import { promises as fsp, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { scratchDir, writeJson } from '../test/utils/files';
import { renderReport } from './report';

function reportPath(): string {
  return path.join(tmpdir(), 'invoice-report.json');
}

const OUT_DIR = path.join(tmpdir(), 'reports-out');

describe('report', () => {
  it('writes the report to a shared file', async () => {
    await fsp.writeFile(reportPath(), renderReport([]));
    expect(readFileSync(reportPath(), 'utf8')).toContain('[]');
  });

  it('creates an output dir', async () => {
    await fsp.mkdir(`${OUT_DIR}/pdf`, { recursive: true });
  });

  it('uses a private scratch dir', async () => {
    const dir = scratchDir();
    await fsp.writeFile(path.join(dir, 'r.json'), renderReport([]));
    writeJson(path.join(dir, 'meta.json'), { ok: true });
  });
});

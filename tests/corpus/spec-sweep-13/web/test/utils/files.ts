import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function scratchDir(prefix = 'web-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeJson(file: string, data: unknown): void {
  writeFileSync(file, JSON.stringify(data));
}

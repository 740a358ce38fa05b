import { it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync as w, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

it('writes a report to a fixed tmp path', () => {
  const out = join(tmpdir(), 'node-report', 'summary.json');
  w(out, '{}');
  assert.ok(out);
});

it('writes a report to its own directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'node-report-'));
  w(join(dir, 'summary.json'), '{}');
  assert.ok(dir);
});

import { writeFileSync as w, appendFileSync as append, readFileSync } from 'node:fs';
import { join as j } from 'node:path';
import { tmpdir } from 'node:os';
import { test, expect } from 'vitest';

test('writes an alias-imported file', () => {
  w('/tmp/sweep3-alias.log', '');
  append('/var/tmp/sweep3-audit.log', 'entry\n');
  expect(readFileSync('/var/tmp/sweep3-audit.log', 'utf8')).toContain('entry');
});

test('pid-scoped log is fine', () => {
  w(j(tmpdir(), `sweep3-${process.pid}.log`), '');
});

test('a fixed name under the temp dir through the aliased join', () => {
  w(j(tmpdir(), 'sweep3-shared.json'), '{}');
});

'use strict';
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const os = require('node:os');
const { mkdtempSync, rmSync, writeFileSync, readFileSync } = require('node:fs');
const {
  promises: { writeFile: writeAsync },
} = require('node:fs');
const { buildReport } = require('../src/report');

const FORMATS = Object.freeze(['json', 'junit']);
const workDirPrefix = path.join(os.tmpdir(), `cli-${process.env.NODE_TEST_WORKER_ID ?? process.pid}-`);

describe('report', () => {
  let dir;

  before(() => {
    dir = mkdtempSync(workDirPrefix);
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const format of FORMATS) {
    test(`writes ${format}`, () => {
      const out = path.join(dir, `report.${format}`);
      writeFileSync(out, buildReport([], format));
      assert.ok(readFileSync(out, 'utf8').length > 0);
    });
  }

  test('writes a per-process scratch file', async () => {
    const scratch = path.join(os.tmpdir(), `scratch-${process.pid}.json`);
    await writeAsync(scratch, '{}');
    rmSync(scratch, { force: true });
  });

  test('writes the latest report for the dashboard', async () => {
    await writeAsync('/tmp/cli-latest-report.json', buildReport([], 'json'));
  });
});

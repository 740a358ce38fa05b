const { writeFileSync: w, mkdirSync, rmSync, existsSync, readFileSync } = require('fs');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildReport } = require('../src/report.cjs');

const REPORT = '/tmp/report.json';
const CACHE_DIR = path.join(os.tmpdir(), 'report-cache');

describe('report writer', () => {
  test('writes the report', () => {
    w(REPORT, JSON.stringify(buildReport()));
    expect(existsSync(REPORT)).toBe(true);
    expect(JSON.parse(readFileSync(REPORT, 'utf8'))).toHaveProperty('rows');
  });

  test('creates the cache dir', () => {
    mkdirSync(CACHE_DIR, { recursive: true });
  });

  test('cleans the out dir', () => {
    rmSync('./out', { recursive: true, force: true });
  });

  test('streams a log', () => {
    const stream = fs.createWriteStream('out/log.txt');
    stream.end('done');
  });

  test('uses a private temp dir', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
    w(path.join(dir, 'report.json'), '{}');
  });

  test('uses a per-process path', () => {
    const file = path.join(os.tmpdir(), `report-${process.pid}.json`);
    w(file, '{}');
    fs.unlinkSync(file);
  });

  test('reads a fixture shipped with the repo', () => {
    const rows = JSON.parse(readFileSync('tests/data/rows.json', 'utf8'));
    expect(rows).toHaveLength(3);
  });
});

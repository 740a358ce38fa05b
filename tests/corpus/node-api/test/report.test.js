const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildReport } = require('../src/report');

const CACHE_FILE = path.join(os.tmpdir(), 'report-cache.json');

describe('buildReport', () => {
  afterEach(() => {
    fs.rmSync(CACHE_FILE, { force: true });
  });

  it('writes the cache file', () => {
    fs.writeFileSync(CACHE_FILE, JSON.stringify({ rows: 3 }));
    expect(fs.existsSync(CACHE_FILE)).toBe(true);
    expect(JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')).rows).toBe(3);
  });

  it('writes the junit report into a relative folder', () => {
    fs.mkdirSync('./out/reports', { recursive: true });
    const xml = buildReport([{ name: 'a', ok: true }]);
    expect(xml).toContain('<testsuite');
  });

  it('streams a log under /tmp', async () => {
    const stream = fs.createWriteStream('/tmp/report.log');
    stream.end('done');
  });

  it('uses a private temp directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const file = path.join(dir, 'out.json');
    fs.writeFileSync(file, '{}');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads a checked-in fixture', () => {
    const fixture = fs.readFileSync(path.join(__dirname, 'fixtures', 'rows.json'), 'utf8');
    expect(JSON.parse(fixture)).toHaveLength(2);
  });

  it('uses a per-process file name', () => {
    const file = path.join(os.tmpdir(), `report-${process.pid}.json`);
    fs.writeFileSync(file, '[]');
    fs.unlinkSync(file);
  });
});

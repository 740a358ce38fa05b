const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildReport } = require('../lib/report');

describe('pricing report', () => {
  let outDir;

  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pricing-'));
  });

  afterAll(() => {
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.writeFileSync('/var/tmp/pricing-report.json', JSON.stringify({ done: true }));
  });

  it('writes one row per order line', () => {
    const order = JSON.parse(fs.readFileSync('spec/fixtures/order.json', 'utf8'));
    const file = path.join(outDir, 'report.csv');
    fs.writeFileSync(file, buildReport(order));
    expect(fs.readFileSync(file, 'utf8').split('\n').length).toBe(2);
  });
});

const path = require('node:path');
const { writeFileSync: w, mkdirSync } = require('fs');
const { randomUUID } = require('node:crypto');

describe('exporters', () => {
  it('writes through an inline require', () => {
    require('node:fs').writeFileSync('/tmp/sweep3-inline.txt', 'x');
  });

  it('writes through a renamed destructured require', () => {
    mkdirSync('out', { recursive: true });
    w(path.join('out', 'report.xml'), '<xml/>');
  });

  it('writes a uuid-named file', () => {
    w(path.join('/tmp', `export-${randomUUID()}.csv`), 'a,b');
  });
});

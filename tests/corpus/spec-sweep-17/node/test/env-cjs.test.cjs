/* isolint-ignore-file hardcoded-port */
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { createServer } = require('node:http');
const { writeFileSync: save } = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const STATE_FILE = path.join(os.tmpdir(), 'sweep17-node-state.json');

test('serves on a fixed port (suppressed for the file)', async () => {
  const server = createServer((_req, res) => res.end('ok')).listen(5123);
  server.close();
});

test('persists state next to the temp dir', () => {
  save(STATE_FILE, '{}');
});

test('sets the region without restoring it', () => {
  // isolint-ignore-next-line env-mutations -- unknown rule name: a warning, not a suppression
  process.env.REGION = 'eu-west-1';
  assert.equal(process.env.REGION, 'eu-west-1');
});

test('sets the locale and puts it back', (t) => {
  const previous = process.env.LC_ALL;
  process.env.LC_ALL = 'C';
  t.after(() => {
    process.env.LC_ALL = previous;
  });
  assert.equal(process.env.LC_ALL, 'C');
});

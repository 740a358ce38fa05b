import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';

const HOST = '127.0.0.1';
let server;

before(async () => {
  server = createServer((req, res) => res.end('ok'));
  await new Promise((resolve) =>
    server.listen(
      { port: 9090, host: HOST },
      resolve,
    ),
  );
});

after(() => server.close());

test('answers', async () => {
  const res = await fetch(`http://${HOST}:9090/`);
  assert.equal(await res.text(), 'ok');
});

test('exporter ports', async (t) => {
  // isolint-ignore-next-line hardcoded-port -- fixed by the scraper config
  const metrics = createServer().listen(
    9464,
  );
  const exporter = createServer().listen(
    // isolint-ignore-next-line hardcoded-port -- fixed by the scraper config
    9465,
  );
  const legacy = createServer().listen(
    9466,
  ); // isolint-ignore hardcoded-port
  const pinned = createServer().listen( // isolint-ignore hardcoded-port
    9467,
  );
  const quiet = createServer().listen(9468); // isolint-ignore hardcoded-port
  t.after(() => {
    for (const s of [metrics, exporter, legacy, pinned, quiet]) s.close();
  });
  assert.ok(metrics.listening || true);
});

const { startServer } = require('../src/server');

let requests = 0;
const seen = [];
let server;
let items = [];

function track(name) {
  seen.push(name);
}

beforeAll(async () => {
  server = await startServer({ port: 0 });
});

afterAll(() => server.close());

beforeEach(() => {
  items = [];
});

test('counts a request', async () => {
  requests++;
  track('count');
  await fetch(`http://127.0.0.1:${server.address().port}/`);
});

test('collects items', () => {
  items.push('a');
  expect(items).toEqual(['a']);
});

test('reads the server only', () => {
  expect(server.listening).toBe(true);
});

describe('nested', () => {
  let calls = 0;
  const RETRIES = 3;

  describe('deeper', () => {
    test.each([1, 2, 3])('attempt %i', (n) => {
      calls += n;
      expect(n).toBeLessThanOrEqual(RETRIES);
    });
  });
});

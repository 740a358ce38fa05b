const http = require('node:http');
const { handler } = require('../src/handler');

describe('suppressions', () => {
  afterAll(() => {});

  it('suppressed env write', () => {
    // isolint-ignore-next-line env-mutation -- the runner forks per file
    process.env.TZ = 'Asia/Tokyo';
    expect(new Date(0).getTimezoneOffset()).not.toBe(0);
  });

  it('trailing suppression of a port', (done) => {
    const server = http.createServer(handler).listen(7070, () => server.close(done)); // isolint-ignore hardcoded-port
  });

  it('misspelled rule name keeps the finding', () => {
    // isolint-ignore-next-line env-mutations -- typo
    process.env.LOCALE = 'de-DE';
    expect(Intl.DateTimeFormat().resolvedOptions().locale).toBeTruthy();
  });
});

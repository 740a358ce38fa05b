/* isolint-ignore-file env-mutation */
const http = require('node:http');

process.env.SUPPRESSED_BY_FILE = '1';

test('next-line suppression', () => {
  // isolint-ignore-next-line hardcoded-port -- fixed port required by the OAuth callback
  http.createServer().listen(7100);
});

test('trailing suppression', () => {
  http.createServer().listen(7101); // isolint-ignore hardcoded-port
});

test('two rules on one line', () => {
  // isolint-ignore-next-line fixed-temp-path, hardcoded-port
  http.createServer().listen(7102);
});

test('unknown rule name', () => {
  // isolint-ignore-next-line hardcoded-ports
  http.createServer().listen(7103);
});

test('another rule only', () => {
  http.createServer().listen(7104); // isolint-ignore fixed-temp-path
});

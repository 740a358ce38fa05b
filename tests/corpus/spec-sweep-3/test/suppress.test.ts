import http from 'node:http';
import { test } from 'vitest';

test('suppressed on the previous line', () => {
  // isolint-ignore-next-line hardcoded-port -- documented fixture port
  http.createServer().listen(8181).close();
});

test('trailing suppression', () => {
  http.createServer().listen(8182).close(); // isolint-ignore hardcoded-port
});

test('unknown rule name does not suppress', () => {
  // isolint-ignore-next-line hardcoded-ports -- typo in the rule id
  http.createServer().listen(8183).close();
});

test('suppression for another rule does not apply', () => {
  // isolint-ignore-next-line fixed-temp-path
  http.createServer().listen(8184).close();
});

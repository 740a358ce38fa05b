const http = require('node:http');

test('unknown rule name in a suppression still reports', () => {
  // isolint-ignore-next-line hardcoded-prot -- typo
  const s = http.createServer().listen(6100);
  s.close();
});

test('known rule name suppresses', () => {
  // isolint-ignore-next-line hardcoded-port -- deliberate
  const s = http.createServer().listen(6101);
  s.close();
});

const http = require('http');

const PORT = 4100;

test('callback parameter is the local port', (done) => {
  [0].forEach((PORT) => {
    const server = http.createServer().listen(PORT, () => server.close(done));
  });
});

test('the constant outside the callback', (done) => {
  [0].forEach((PORT) => expect(PORT).toBe(0));
  const server = http.createServer().listen(PORT, () => server.close(done));
});

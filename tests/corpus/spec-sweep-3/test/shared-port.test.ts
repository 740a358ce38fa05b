import http from 'node:http';
import { test } from 'vitest';

const PORT = 3000;

test('two binding calls on one constant', () => {
  const a = http.createServer().listen(PORT);
  a.close();
  const b = http.createServer();
  b.listen({ port: PORT });
  b.close();
});

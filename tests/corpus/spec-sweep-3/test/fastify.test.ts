import Fastify from 'fastify';
import { test, expect } from 'vitest';

test('fastify on a fixed port', async () => {
  const fastify = Fastify();
  await fastify.listen({ port: 3000 });
  const res = await fetch('http://localhost:3000/');
  expect(res.status).toBe(404);
  await fastify.close();
});

test('fastify on port 0', async () => {
  const app = Fastify();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  expect(address).toContain('127.0.0.1');
  await app.close();
});

import { test, expect, afterAll } from 'vitest';
import Fastify from 'fastify';
import { registerRoutes } from '../src/routes';

const app = Fastify();
registerRoutes(app);

afterAll(async () => {
  await app.close();
});

test('listens on an ephemeral port', async () => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  expect(app.server.address()).not.toBeNull();
});

test('registers a user through inject', async () => {
  const res = await app.inject({
    method: 'POST',
    url: '/register',
    payload: { email: 'fastify@acme.test', password: 'pw' },
  });
  expect(res.statusCode).toBe(201);
});

test('validates an address with a pure helper', () => {
  const isEmail = (s: string) => /@/.test(s);
  expect(isEmail('pure@acme.test')).toBe(true);
});

import { test as base, expect } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync as w, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { db } from '../src/db';

interface Fixtures {
  server: Server;
  ephemeral: Server;
  outDir: string;
  scratch: string;
  owner: { email: string };
  cleanDb: void;
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const port = 3000;
    const s = createServer((_req, res) => res.end('ok'));
    s.listen(port);
    await use(s);
    s.close();
  },
  ephemeral: async ({}, use) => {
    const port = 0;
    const s = createServer((_req, res) => res.end('ok'));
    s.listen(port);
    await use(s);
    s.close();
  },
  outDir: async ({}, use) => {
    const dir = '/tmp/sweep17-vt-out';
    mkdirSync(dir, { recursive: true });
    w(join(dir, 'manifest.json'), '{}');
    await use(dir);
  },
  scratch: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep17-'));
    w(join(dir, 'notes.txt'), 'x');
    await use(dir);
  },
  owner: async ({}, use) => {
    const email = 'fixture-owner@example.com';
    const user = await db.user.create({ data: { email, name: 'Owner' } });
    await use(user);
  },
  cleanDb: [
    async ({}, use) => {
      await db.$executeRawUnsafe('TRUNCATE TABLE "Order" CASCADE');
      await use();
      await db.order.deleteMany({ where: { note: 'sweep17' } });
    },
    { auto: true },
  ],
});

test('serves through the fixtures', async ({ server, ephemeral, outDir, scratch, owner }) => {
  expect(server.listening && ephemeral.listening).toBe(true);
  expect(outDir && scratch).toBeTruthy();
  expect(owner.email).toContain('@');
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer } from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminHandler, handler } from '../src/handler';

const PORT = 4100 + Number(process.env.VITEST_POOL_ID ?? 0);
const ADMIN_PORT = 4200;
const OUT_DIR = path.join(os.tmpdir(), `reports-${process.env.VITEST_WORKER_ID}`);
const server = createServer(handler);
const admin = createServer(adminHandler);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(PORT, resolve));
  await new Promise<void>((resolve) => admin.listen(ADMIN_PORT, resolve));
  fs.mkdirSync(OUT_DIR, { recursive: true });
});

afterAll(() => {
  server.close();
  admin.close();
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
});

it('serves health', async () => {
  const res = await fetch(`http://127.0.0.1:${PORT}/health`);
  expect(res.status).toBe(200);
});

it('writes a per-worker report', () => {
  fs.writeFileSync(path.join(OUT_DIR, 'report.json'), '{}');
  expect(fs.existsSync(path.join(OUT_DIR, 'report.json'))).toBe(true);
});

it('writes the latest report', () => {
  fs.writeFileSync(path.join(os.tmpdir(), 'reports', 'latest.json'), '{}');
});

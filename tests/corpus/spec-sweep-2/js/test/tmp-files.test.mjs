import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from 'vitest';
import { writeReport } from '../src/report.mjs';

const LOG_FILE = '/var/tmp/gateway.log';
const SOCKET = '/tmp/gateway.sock';
const fixtureDir = new URL('./fixtures/', import.meta.url);

test('creates a cache dir under the os temp dir', async () => {
  await fsp.mkdir(path.join(os.tmpdir(), 'gateway-cache'), { recursive: true });
});

test('streams a log through a template path', () => {
  const stream = fs.createWriteStream(`${os.tmpdir()}/gateway-server.log`);
  stream.end('ok');
});

test('cleans a relative build dir', () => {
  fs.rmSync('./dist-test', { recursive: true, force: true });
});

test('appends to a constant log path', () => {
  fs.appendFileSync(LOG_FILE, 'line\n');
});

test('removes a stale socket', async () => {
  if (fs.existsSync(SOCKET)) {
    await fs.promises.unlink(SOCKET);
  }
});

test('reads a shipped fixture', () => {
  const body = fs.readFileSync(new URL('orders.json', fixtureDir), 'utf8');
  expect(JSON.parse(body)).toBeTruthy();
});

test('writes into a private temp dir', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-'));
  fs.writeFileSync(path.join(dir, 'report.json'), writeReport());
  fs.rmSync(dir, { recursive: true });
});

test('writes under a pid-scoped dir', () => {
  const dir = path.join(os.tmpdir(), `gateway-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
});

test('writes under a worker-scoped file', () => {
  const file = path.join(os.tmpdir(), `report-${process.env.VITEST_POOL_ID}.json`);
  fs.writeFileSync(file, writeReport());
});

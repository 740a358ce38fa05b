import { test, expect, vi } from 'vitest';
import { writeFileSync as w } from 'node:fs';
import { createServer } from 'node:http';

const REPORT = '/tmp/sweep15-report.json';

test('a disposable server on a fixed port still binds it', () => {
  using srv = {
    server: createServer().listen(4315),
    [Symbol.dispose]() {
      this.server.close();
    },
  };
  w(REPORT, '{}');
  expect(srv.server.listening).toBe(true);
});

test('fake timers with a start date and no restore', () => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
  expect(Date.now()).toBe(1_700_000_000_000);
});

test('a Date.now spy with mockReturnValue and no restore', () => {
  vi.spyOn(Date, 'now').mockReturnValue(0);
  expect(Date.now()).toBe(0);
});

test('the clock replaced through globalThis', () => {
  globalThis.Date.now = () => 0;
  expect(Date.now()).toBe(0);
});

import { describe, it, expect, beforeAll, beforeEach } from 'vitest';
import { createServer, type Server } from 'node:http';

let server: Server;
let calls: string[] = [];
const LIMIT = 3;
const seen = new Set<string>();

beforeAll(() => {
  server = createServer();
});

beforeEach(() => {
  calls = [];
});

describe('state', () => {
  it('reads the server', () => {
    expect(server).toBeDefined();
    expect(LIMIT).toBe(3);
  });

  it('pushes into reset state', () => {
    calls.push('a');
    expect(calls).toHaveLength(1);
  });

  it('adds to a set nobody resets', () => {
    seen.add('x');
    expect(seen.size).toBeGreaterThan(0);
  });

  it('suppressed binds', () => {
    // isolint-ignore-next-line hardcoded-port -- documented dev port
    createServer().listen(5173);
    createServer().listen(5174); // isolint-ignore hardcoded-port
    // isolint-ignore-next-line no-such-rule
    createServer().listen(5175);
  });
});

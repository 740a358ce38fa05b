import { describe, it, test, expect, beforeEach, beforeAll } from '@jest/globals';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { route } from '../src/router';

const routeCache = new Map<string, string>();
const seenPaths = new Set<string>();
const log: string[] = [];
let requests = 0;

function remember(path: string): void {
  seenPaths.add(path);
}

describe('router', () => {
  let server: Server;
  let hits = 0;

  beforeAll(() => {
    server = createServer();
  });

  beforeEach(() => {
    hits = 0;
    log.length = 0;
  });

  it('caches routes', () => {
    routeCache.set('/a', route('/a'));
    remember('/a');
    requests++;
    expect(server.listening).toBe(false);
  });

  it('counts hits', () => {
    hits += 1;
    log.push('hit');
    expect(hits).toBe(1);
  });

  test.each(['/x', '/y'])('routes %s', (path) => {
    log.push(path);
    expect(route(path)).toBeDefined();
  });
});

describe('concurrent router', () => {
  let inflight = 0;

  beforeEach(() => {
    inflight = 0;
  });

  it.concurrent('tracks inflight requests', async () => {
    inflight += 1;
    expect(route('/z')).toBeDefined();
  });
});

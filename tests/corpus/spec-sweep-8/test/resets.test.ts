import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildOrder } from '../src/orders';

const queue: string[] = [];
const log: string[] = [];
const index = new Map<string, number>();
let pending: string[] = [];
const once: string[] = [];

beforeEach(() => {
  queue.length = 0;
  log.splice(0, log.length);
  index.clear();
  pending = [];
});

beforeAll(() => {
  once.length = 0;
});

describe('orders', () => {
  it('queues', () => {
    queue.push(buildOrder('a').id);
    log.push('queued');
    index.set('a', 1);
    pending.push('a');
    expect(queue).toHaveLength(1);
  });

  it('records once', () => {
    once.push('x');
    expect(once.length).toBeGreaterThan(0);
  });
});

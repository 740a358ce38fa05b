import { beforeEach, expect, test } from 'vitest';
import { connect } from '../src/db.mjs';

let conn = await connect(process.env.DATABASE_URL);
let hits = 0;
const seen = new Set();
const queue = [];
const cache = new Map();

beforeEach(() => {
  seen.clear();
  queue.length = 0;
});

test('counts hits', async () => {
  hits++;
  seen.add('a');
  queue.push(await conn.query('select 1'));
  expect(seen.size).toBe(1);
});

test('caches lookups', () => {
  cache.set('k', 1);
  seen.add('b');
  queue.push('b');
  expect(queue).toHaveLength(1);
});

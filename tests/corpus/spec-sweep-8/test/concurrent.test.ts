import { beforeEach, describe, expect, test } from 'vitest';

const hits: string[] = [];
let total = 0;

beforeEach(() => {
  hits.length = 0;
  total = 0;
});

describe('concurrent group', () => {
  test.concurrent('a', async () => {
    hits.push('a');
    expect(hits).toContain('a');
  });

  test.concurrent('b', async () => {
    total += 2;
    expect(total).toBeGreaterThan(0);
  });
});

describe.sequential('sequential group', () => {
  test('c', () => {
    hits.push('c');
    expect(hits).toEqual(['c']);
  });
});

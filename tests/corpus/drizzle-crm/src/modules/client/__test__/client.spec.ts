import { afterEach, describe, expect, it } from 'vitest';
import { clientsTable } from '@src/modules/client/db/schema';
import { createClientCache } from '@src/modules/client/cache';

// A per-file cache keyed by table object: its `$` map is not a database.
const cache = createClientCache();

afterEach(() => {
  cache.$.delete(clientsTable);
});

describe('client cache', () => {
  it('remembers a lookup', () => {
    cache.$.set(clientsTable, ['c-1']);
    expect(cache.$.get(clientsTable)).toEqual(['c-1']);
  });
});

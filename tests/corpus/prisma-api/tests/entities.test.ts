// TypeORM Active Record: clearing an entity's table in a hook wipes it for
// every worker; a cache cleared the same way is no table.
import { User } from './helpers/client';
import { Cache } from './helpers/client';

beforeEach(async () => {
  await User.clear();
  Cache.clear();
});

it('counts no active user', async () => {
  expect(await User.countBy({ active: true })).toBe(0);
  expect(Cache.get('k')).toBeUndefined();
});

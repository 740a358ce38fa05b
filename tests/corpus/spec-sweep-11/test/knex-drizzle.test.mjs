import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { db as knex } from '../src/knex.js';
import { drizzleDb, tags } from '../src/drizzle.js';

const workerTag = `tag-w${process.env.NODE_TEST_WORKER_ID}`;

describe('knex seed rows', () => {
  test('inserts a username into users', async () => {
    await knex('users').insert({ username: 'knex-admin', role: 'admin' });
  });

  test('inserts via insert().into()', async () => {
    await knex.insert({ email: 'billing@shop.test', plan: 'pro' }).into('accounts');
  });

  test('inserts with a misspelled suppression', async () => {
    // isolint-ignore-next-line shared-seed -- unknown rule name: a warning, still reported
    await knex('accounts').insert({ email: 'typo@shop.test', plan: 'pro' });
  });

  test('inserts a worker-scoped tag', async () => {
    await knex('tags').insert({ slug: workerTag });
  });
});

describe('drizzle seed rows', () => {
  test('inserts an array of literal slugs', async () => {
    await drizzleDb.insert(tags).values([
      { slug: 'release-notes', title: 'Release notes' },
      { slug: 'changelog', title: 'Changelog' },
    ]);
  });

  test('creates then reads its own row', async (t) => {
    const slug = `t-${t.workerId}-${Date.now()}`;
    await drizzleDb.insert(tags).values({ slug, title: 'Mine' });
    const rows = await knex('tags').where({ slug });
    assert.equal(rows.length, 1);
  });
});

describe('documented demo account', () => {
  test('inserts the demo account the docs point at', async () => {
    // isolint-ignore-next-line shared-seed-data -- demo account is recreated by the route
    await knex('accounts').insert({ email: 'demo@shop.test', plan: 'free' });
  });

  test('trailing suppression', async () => {
    await knex('accounts').insert({ email: 'docs@shop.test', plan: 'free' }); // isolint-ignore shared-seed-data
  });
});

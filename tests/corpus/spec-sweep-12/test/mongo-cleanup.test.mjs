import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { MongoClient } from 'mongodb';

const client = new MongoClient('mongodb://localhost:27017');
const db = client.db('catalog_test');

describe('catalog', () => {
  before(async () => {
    await client.connect();
    await db.collection('products').drop();
  });

  after(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('lists products', async () => {
    const rows = await db.collection('products').find().toArray();
    assert.ok(Array.isArray(rows));
  });
});

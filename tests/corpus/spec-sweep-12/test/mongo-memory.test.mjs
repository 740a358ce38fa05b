import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { MongoMemoryServer } from 'mongodb-memory-server';
import { MongoClient } from 'mongodb';

let mongod;
let client;

describe('catalog (in-memory)', () => {
  before(async () => {
    mongod = await MongoMemoryServer.create();
    client = new MongoClient(mongod.getUri());
    await client.connect();
  });

  after(async () => {
    await client.db('catalog').dropDatabase();
    await client.close();
    await mongod.stop();
  });

  it('lists products', async () => {
    const rows = await client.db('catalog').collection('products').find().toArray();
    assert.ok(Array.isArray(rows));
  });
});

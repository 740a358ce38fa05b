const { expect } = require('chai');
const { MongoClient } = require('mongodb');
const { MongoMemoryServer } = require('mongodb-memory-server');

describe('event store (private Mongo)', () => {
  let mongod;
  let client;
  let db;

  before(async () => {
    mongod = await MongoMemoryServer.create();
    client = await MongoClient.connect(mongod.getUri());
    db = client.db('events_test');
  });

  afterEach(async () => {
    await db.collection('events').drop();
  });

  after(async () => {
    await db.dropDatabase();
    await client.close();
    await mongod.stop();
  });

  it('stores an operator account', async () => {
    await db.collection('users').insertOne({ email: 'ops@example.com', role: 'operator' });
    expect(await db.collection('users').countDocuments()).to.equal(1);
  });
});

const { expect } = require('chai');
const { MongoClient } = require('mongodb');

describe('event store (shared Mongo)', () => {
  let client;
  let db;

  before(async () => {
    client = await MongoClient.connect(process.env.MONGO_URL);
    db = client.db('events_test');
  });

  afterEach(async () => {
    await db.collection('events').drop();
  });

  after(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('stores an operator account', async () => {
    await db.collection('users').insertOne({ email: 'ops@example.com', role: 'operator' });
    const found = await db.collection('users').findOne({ role: 'operator' });
    expect(found).to.exist;
  });
});

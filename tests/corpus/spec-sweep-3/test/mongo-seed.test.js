const { MongoClient } = require('mongodb');
const { faker } = require('@faker-js/faker');

describe('mongo customers', () => {
  let client;
  let customers;

  beforeAll(async () => {
    client = await MongoClient.connect(process.env.MONGO_URL);
    customers = client.db('shop').collection('customers');
  });

  afterAll(() => client.close());

  it('inserts a fixed customer', async () => {
    await customers.insertOne({ email: 'mongo@x.io', tier: 'gold' });
  });

  it('inserts a faker customer', async () => {
    await customers.insertOne({ email: faker.internet.email(), tier: 'gold' });
  });

  it('inserts a fixed username in a batch', async () => {
    await customers.insertMany([{ username: 'batch-admin' }]);
  });
});

const mongoose = require('mongoose');
const { MongoMemoryServer } = require('mongodb-memory-server');
const Account = require('../src/account.model');

let mongod;

beforeAll(async () => {
  mongod = await MongoMemoryServer.create();
  await mongoose.connect(mongod.getUri());
});

afterAll(async () => {
  await mongoose.disconnect();
  await mongod.stop();
});

beforeEach(async () => {
  await Account.deleteMany({});
});

it('creates the admin account in a private server', async () => {
  const ADMIN = 'admin@example.com';
  await Account.create({ email: ADMIN, role: 'admin' });
  expect(await Account.countDocuments()).toBe(1);
});

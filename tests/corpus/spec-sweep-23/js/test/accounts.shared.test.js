const mongoose = require('mongoose');
const Account = require('../src/account.model');

beforeAll(async () => {
  await mongoose.connect(process.env.MONGO_URL);
});

afterAll(async () => {
  await mongoose.disconnect();
});

beforeEach(async () => {
  await Account.deleteMany({});
});

it('creates the admin account in the shared server', async () => {
  const ADMIN = 'admin@example.com';
  await Account.create({ email: ADMIN, role: 'admin' });
  expect(await Account.countDocuments()).toBe(1);
});

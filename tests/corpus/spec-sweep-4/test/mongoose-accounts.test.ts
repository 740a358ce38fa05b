import mongoose from 'mongoose';
import { faker } from '@faker-js/faker';
import { Account, Coupon } from '../src/models';

beforeAll(async () => {
  await mongoose.connect(process.env.MONGO_URL as string);
});

afterEach(async () => {
  await Coupon.deleteMany({ campaign: 'spring' });
});

afterAll(async () => {
  await mongoose.connection.db.dropDatabase();
  await mongoose.disconnect();
});

it('creates an account with a fixed slug', async () => {
  const acct = await Account.create({ slug: 'acme', name: 'Acme' });
  expect(acct.slug).toBe('acme');
});

it('inserts a coupon with a fixed code', async () => {
  await Coupon.insertMany([{ code: 'SPRING10', campaign: 'spring' }]);
});

it('creates an account with a faker slug', async () => {
  const acct = await Account.create({ slug: faker.string.uuid(), name: 'Test' });
  expect(acct).toBeTruthy();
});

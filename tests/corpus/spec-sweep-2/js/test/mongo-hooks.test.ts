import mongoose from 'mongoose';
import { Order, Customer } from '../src/models';

async function resetOrders(): Promise<void> {
  await mongoose.connection.collection('orders').drop();
}

describe('orders (shared mongo)', () => {
  beforeAll(async () => {
    await mongoose.connect(process.env.MONGO_URL as string);
  });

  beforeEach(async () => {
    await resetOrders();
    await Customer.deleteMany({});
  });

  afterEach(async () => {
    await Order.deleteMany({ tenant: 'suite-orders' });
  });

  afterAll(async () => {
    await mongoose.connection.db.dropDatabase();
    await mongoose.disconnect();
  });

  it('creates an order', async () => {
    const order = await Order.create({ tenant: 'suite-orders', total: 5 });
    expect(order.id).toBeTruthy();
  });
});

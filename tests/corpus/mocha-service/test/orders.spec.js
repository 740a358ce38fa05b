const mongoose = require('mongoose');
const { expect } = require('chai');
const Order = require('../src/models/order');
const Customer = require('../src/models/customer');

describe('orders against the shared dev database', function () {
  before(async function () {
    await mongoose.connect(process.env.MONGO_URL);
  });

  beforeEach(async function () {
    await Order.deleteMany({});
    await Customer.deleteMany({ email: /@loadtest\.example$/ });
  });

  afterEach(async function () {
    await mongoose.connection.collection('order_events').drop();
  });

  after(async function () {
    await mongoose.disconnect();
  });

  it('places an order for a known customer', async function () {
    const customer = await Customer.create({ email: 'buyer@example.com', name: 'Buyer' });
    const order = await Order.create({ customer: customer._id, total: 12 });
    expect(order.total).to.equal(12);
  });

  it('finds an order by its code', async function () {
    await Order.create({ code: 'ORD-1001', total: 5 });
    const found = await Order.findOne({ code: 'ORD-1001' });
    expect(found.total).to.equal(5);
  });
});

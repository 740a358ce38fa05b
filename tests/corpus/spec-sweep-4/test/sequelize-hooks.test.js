const { expect } = require('chai');
const { sequelize, Order, User } = require('../src/models');

const runId = `run-${process.pid}`;

describe('orders (mocha + sequelize)', function () {
  before(async function () {
    await sequelize.query('TRUNCATE TABLE orders CASCADE');
  });

  beforeEach(async function () {
    await sequelize.query('SAVEPOINT each_test');
  });

  afterEach(async function () {
    await sequelize.query('ROLLBACK TO SAVEPOINT each_test');
  });

  after(async function () {
    await Order.destroy({ where: { batch: runId } });
  });

  it('bulk-creates operators', async function () {
    const rows = await User.bulkCreate([{ username: 'ops', role: 'admin' }]);
    expect(rows).to.have.length(1);
  });

  it('creates an order for this run', async function () {
    const order = await Order.create({ batch: runId, total: 10 });
    expect(order.total).to.equal(10);
  });
});

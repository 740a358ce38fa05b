import { Order, AuditLog, sequelize } from '../src/db';

async function resetAudit(): Promise<void> {
  await sequelize.query('DROP TABLE IF EXISTS "audit_logs"');
  await AuditLog.sync();
}

describe('orders', () => {
  const tenantId = `t-${process.env.JEST_WORKER_ID}`;

  beforeEach(async () => {
    await resetAudit();
  });

  afterEach(async () => {
    await Order.destroy({ where: {} });
    await Order.destroy({ where: { tenantId } });
  });

  it('creates an order', async () => {
    const order = await Order.create({ tenantId, total: 10 });
    expect(order.total).toBe(10);
  });
});

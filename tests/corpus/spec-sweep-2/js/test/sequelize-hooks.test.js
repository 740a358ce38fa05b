const { sequelize, User, Invoice, Tag } = require('../src/models');

describe('invoices', () => {
  beforeAll(async () => {
    await sequelize.sync({ force: true });
  });

  beforeEach(async () => {
    await Invoice.destroy({ where: {} });
  });

  afterEach(async () => {
    await Tag.destroy({ truncate: true, cascade: true });
  });

  afterAll(async () => {
    await sequelize.close();
  });

  it('creates an invoice', async () => {
    const user = await User.create({ email: `${Date.now()}@example.test` });
    const invoice = await Invoice.create({ userId: user.id, total: 10 });
    await User.destroy({ where: { id: user.id } });
    expect(invoice.id).toBeDefined();
  });
});

describe('tags sync without force', () => {
  beforeAll(() => sequelize.sync());

  it('lists tags', async () => {
    expect(await Tag.findAll()).toEqual([]);
  });
});

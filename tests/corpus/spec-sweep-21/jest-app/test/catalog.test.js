const { sequelize, Product, Customer } = require('../src/models');

const isValidEmail = (s) => /^[^@\s]+@[^@\s]+$/.test(s);

beforeAll(async () => {
  await sequelize.authenticate();
});

afterEach(async () => {
  await Customer.destroy({ where: { name: 'Acme' } });
  await Product.destroy({ where: {} });
});

afterAll(async () => {
  await sequelize.close();
});

test('creates a product with a SKU', async () => {
  const product = await Product.create({ sku: 'SKU-1001', name: 'Widget' });
  expect(product.name).toBe('Widget');
});

test('upserts a customer by external id', async () => {
  const [customer] = await Customer.upsert({ external_id: 'crm-42', name: 'Acme' });
  expect(customer.name).toBe('Acme');
});

test('accepts a well-formed contact e-mail', () => {
  expect(isValidEmail('a@b.com')).toBe(true);
});

test('labels a product without a unique field', async () => {
  const product = await Product.build({ name: 'Test' });
  expect(product.name).toBe('Test');
});

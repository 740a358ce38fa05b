const assert = require('node:assert');
const { Product, sequelize } = require('../src/sequelize-models');
const { Coupon: CouponModel } = require('../src/mongoose-models');

describe('catalog seeds (mocha, CommonJS)', function () {
  it('bulk-creates products with literal skus', async function () {
    await Product.bulkCreate([
      { sku: 'MUG-BLUE', price: 9 },
      { sku: 'MUG-RED', price: 9 },
    ]);
  });

  it('bulk-creates products with generated skus', async function () {
    await Product.bulkCreate([{ sku: `MUG-${Date.now()}`, price: 9 }]);
  });

  it('creates a coupon through a destructured, renamed model', async function () {
    await CouponModel.create({ code: 'WELCOME5', percent: 5 });
  });

  it('findOrCreate with a literal slug', async function () {
    await Product.findOrCreate({ where: { slug: 'gift-card' }, defaults: { price: 25 } });
  });

  it('counts rows without writing', async function () {
    const n = await sequelize.models.Product.count({ where: { price: 9 } });
    assert.ok(n >= 0);
  });
});

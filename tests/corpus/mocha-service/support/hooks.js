const fs = require('fs');
const { pool } = require('./pool');

// A root hook plugin: Mocha runs these hooks around every test, in every
// worker.
exports.mochaHooks = {
  beforeEach() {
    const title = this.currentTest.fullTitle();
    fs.writeFileSync('/tmp/orders-current-test.txt', title);
    process.env.ORDERS_TEST_TITLE = title;
  },
  afterEach: [
    async function wipe() {
      await pool.query('TRUNCATE orders, order_items RESTART IDENTITY');
    },
    () => {
      delete process.env.ORDERS_TEST_TITLE;
    },
  ],
};

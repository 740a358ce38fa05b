const { writeFileSync: put, rmSync } = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { createOrder, getOrder } = require('../src/orders');

const LOCK = path.join(os.tmpdir(), 'sweep15-orders.lock');

describe('orders created by a table of cases', () => {
  let lastId;

  test.each([
    ['SKU-1', 1],
    ['SKU-2', 2],
  ])('creates %s x%i', async (sku, qty) => {
    lastId = (await createOrder({ sku: `${sku}-${process.pid}`, qty })).id;
  });

  test('reads the last order back', async () => {
    const order = await getOrder(lastId);
    expect(order).toBeDefined();
  });

  test('locks with a suppressed fixed path', () => {
    // isolint-ignore-next-line fixed-temp-path, hardcoded-port -- single-process lock on purpose
    put(LOCK, String(process.pid));
    rmSync(LOCK, { force: true }); // isolint-ignore fixed-temp-path
  });

  test('an unknown rule in a suppression does not hide the finding', () => {
    put('/tmp/sweep15-unknown.txt', 'x'); // isolint-ignore fixed-temp-paths
  });
});

import { createOrder, getOrder, cancelOrder } from '../src/orders';

describe('order flow', () => {
  let orderId: string;
  let client: { base: string };

  beforeAll(() => {
    client = { base: '/api' };
  });

  it('creates an order', async () => {
    orderId = (await createOrder(client, { qty: 1 })).id;
    expect(orderId).toBeDefined();
  });

  it('reads it back', async () => {
    const order = await getOrder(client, orderId);
    expect(order.id).toBe(orderId);
  });

  it('cancels it', async () => {
    await cancelOrder(client, orderId);
  });

  describe('inner', () => {
    let draft: { qty: number } | undefined;

    test('writes the draft', () => {
      draft = { qty: 2 };
    });

    test('uses the draft', () => {
      expect(draft?.qty).toBe(2);
    });
  });
});

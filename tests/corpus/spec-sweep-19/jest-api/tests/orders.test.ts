import { api } from '../src/client';

describe('order lifecycle', () => {
  let orderId: string;
  let receipt: { total: number } | undefined;

  test('creates an order', async () => {
    const res = await api.post('/orders', {
      items: [{ sku: `sku-${Date.now()}`, qty: 1 }],
    });
    orderId = res.body.id;
  });

  test('pays the order', async () => {
    const res = await api.post(
      '/payments',
      {
        order:
          orderId,
        amount: 10,
      },
    );
    receipt = res.body;
    expect(orderId).toBeTruthy();
  });

  test('ships the order', async () => {
    await Promise.all(
      ['label', 'pickup'].map(async (step) => {
        await api.post(`/orders/${orderId}/${step}`);
      }),
    );
    expect(
      receipt?.total,
    ).toBe(10);
  });
});

const { api } = require('./helpers/api.cjs');

describe('checkout flow', () => {
  let token;

  beforeAll(async () => {
    token = await api.issueToken();
  });

  describe('orders', () => {
    let orderId;

    it('creates an order', async () => {
      const res = await api.post('/orders', { token, items: [1] });
      orderId = res.id;
      expect(res.status).toBe('open');
    });

    describe('later steps', () => {
      it('pays the order', async () => {
        const res = await api.post(`/orders/${orderId}/pay`, { token });
        expect(res.status).toBe('paid');
        expect(orderId).toBeDefined();
      });

      it('ships the order', async () => {
        const res = await api.post(`/orders/${orderId}/ship`, { token });
        expect(res.status).toBe('shipped');
      });
    });
  });

  it('reads the token only', () => {
    expect(typeof token).toBe('string');
  });
});

import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { createApp } from '../app';

type App = Awaited<ReturnType<typeof createApp>>;

describe('order flow', () => {
  let app: App;
  let token: string;
  let orderId: string;

  beforeAll(async () => {
    app = await createApp({ inMemory: true });
    const res = await request(app)
      .post('/auth/signup')
      .send({ email: `flow-${randomUUID()}@test.dev`, password: 'secret' });
    token = res.body.token;
  });

  it('creates an order', async () => {
    const res = await request(app)
      .post('/orders')
      .set('Authorization', `Bearer ${token}`)
      .send({ sku: `SKU-${randomUUID()}`, qty: 1 });
    orderId = res.body.id;
    expect(res.status).toBe(201);
  });

  it('ships the order', async () => {
    const res = await request(app)
      .post(`/orders/${orderId}/ship`)
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
  });

  describe.each(['pending', 'shipped'])('filter %s', (status) => {
    it('lists orders by status', async () => {
      const res = await request(app).get(`/orders?status=${status}`).set('Authorization', `Bearer ${token}`);
      expect(Array.isArray(res.body)).toBe(true);
    });
  });
});

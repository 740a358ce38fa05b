const request = require('supertest');
const { app } = require('../src/app');

let orderId;

describe('orders API', () => {
  it('creates an order', async () => {
    const res = await request(app).post('/orders').send({ item: 'book', quantity: 2 });
    expect(res.status).toBe(201);
    orderId = res.body.id;
  });

  it('fetches the order', async () => {
    const res = await request(app).get(`/orders/${orderId}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(orderId);
  });

  it('cancels the order', async () => {
    const res = await request(app).delete(`/orders/${orderId}`);
    expect(res.status).toBe(204);
  });
});

import { DataSource } from 'typeorm';
import request from 'supertest';
import { createApp } from '../src/app';
import { workerSchema } from './utils/db';

const schema = `orders_${process.env.JEST_WORKER_ID}`;

describe('orders', () => {
  let ds: DataSource;
  let app: Awaited<ReturnType<typeof createApp>>;

  beforeAll(async () => {
    ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, schema });
    await ds.initialize();
    await ds.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await ds.query(`CREATE SCHEMA "${schema}"`);
    await ds.synchronize();
    app = await createApp({ dataSource: ds, schema: workerSchema() });
  });

  afterEach(async () => {
    await ds.query(`DELETE FROM "${schema}".orders WHERE created_by = $1`, ['e2e']);
  });

  afterAll(async () => {
    await ds.query('DELETE FROM public.audit_log');
    await ds.destroy();
  });

  it('creates an order', async () => {
    const sku = `SKU-${Date.now()}`;
    await request(app).post('/orders').send({ sku, qty: 2, createdBy: 'e2e' }).expect(201);
  });
});

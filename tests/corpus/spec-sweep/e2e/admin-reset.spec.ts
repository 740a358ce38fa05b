import { test, expect } from '@playwright/test';
import { MongoClient } from 'mongodb';
import knexFactory from 'knex';

const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

async function wipeAuditTrail() {
  await knex('audit_trail').del();
}

test.beforeEach(async () => {
  await mongo.connect();
  await mongo.db('app').collection('carts').drop();
  await wipeAuditTrail();
});

test.afterAll(async () => {
  await mongo.db('app').dropDatabase();
  await mongo.close();
});

test('admin resets a cart', async ({ page }) => {
  await page.goto('/admin/carts');
  await expect(page.getByText('No carts')).toBeVisible();
});

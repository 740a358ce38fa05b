import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { PrismaClient } from '@prisma/client';
import { billingApi } from '../src/billing';

const prisma = new PrismaClient();
const server = setupServer(
  http.post('https://billing.example/customers', () => HttpResponse.json({ id: 'cus_1' })),
);

beforeAll(() => server.listen());
afterAll(() => server.close());

it('links a customer to the account', async () => {
  await prisma.user.create({ data: { email: 'billing-owner@example.com', name: 'Owner' } });
  const customer = await billingApi.createCustomer({ email: 'billing-owner@example.com' });
  expect(customer.id).toBe('cus_1');
});

it('creates the customer through the API only', async () => {
  await billingApi.createCustomer({ email: 'api-only@example.com' });
  await fetch('https://billing.example/customers', {
    method: 'POST',
    body: JSON.stringify({ email: 'fetch-only@example.com' }),
  });
});

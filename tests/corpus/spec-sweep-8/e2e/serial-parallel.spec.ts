import { expect, test } from '@playwright/test';

test.describe('serial checkout', () => {
  test.describe.configure({ mode: 'serial' });
  let orderId: string;

  test('creates the order', async ({ request }) => {
    const res = await request.post('/api/orders', { data: { items: [1] } });
    orderId = (await res.json()).id;
  });

  test('reads the order', async ({ request }) => {
    const res = await request.get(`/api/orders/${orderId}`);
    expect(res.ok()).toBeTruthy();
  });
});

test.describe('parallel profile', () => {
  test.describe.configure({ mode: 'parallel' });
  let profileId: string;

  test('creates the profile', async ({ request }, testInfo) => {
    const res = await request.post('/api/profiles', { data: { worker: testInfo.parallelIndex } });
    profileId = (await res.json()).id;
  });

  test('reads the profile', async ({ request }) => {
    const res = await request.get(`/api/profiles/${profileId}`);
    expect(res.ok()).toBeTruthy();
  });
});

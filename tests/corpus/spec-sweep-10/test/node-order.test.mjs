import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { api } from '../src/api.mjs';

describe('carts (node:test)', () => {
  let cartId;
  let client;

  before(async () => {
    client = await api();
  });

  it('creates a cart', async () => {
    cartId = await client.createCart();
    assert.ok(cartId);
  });

  it('adds to the cart', async () => {
    await client.add(cartId, 'sku-1');
    assert.ok(client);
  });
});

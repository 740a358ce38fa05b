import { beforeEach, it, test } from 'vitest';
import { Cart } from '../src/cart';

let cart: Cart;
let total = 0;

beforeEach(() => {
  cart = new Cart();
  total = 0;
});

test.concurrent('adds an item', async ({ expect }) => {
  total += 5;
  expect(total).toBe(5);
});

it.concurrent('starts with a euro cart', async ({ expect }) => {
  cart = new Cart({ currency: 'EUR' });
  expect(cart.currency).toBe('EUR');
});

test.concurrent('keeps local state local', async ({ expect }) => {
  let subtotal = 0;
  subtotal += 3;
  expect(subtotal).toBe(3);
});

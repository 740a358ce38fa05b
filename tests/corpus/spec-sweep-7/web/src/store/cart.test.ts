import { beforeEach, describe, expect, it } from 'vitest';
import { createCart } from './cart';

const PRICES: Readonly<Record<string, number>> = Object.freeze({ apple: 1.5, pear: 2 });
const SKUS = ['apple', 'pear'] as const;
const lookup = new Map(Object.entries(PRICES));
let cart: ReturnType<typeof createCart>;
const events: string[] = [];
const audit: string[] = [];

beforeEach(() => {
  cart = createCart(PRICES);
  events.length = 0;
  cart.on('change', (e: { type: string }) => events.push(e.type));
});

describe('cart', () => {
  it('adds items', () => {
    cart.add(SKUS[0]);
    expect(cart.total()).toBe(lookup.get('apple'));
    expect(events).toEqual(['add']);
  });

  it('removes items', () => {
    cart.add('pear');
    cart.remove('pear');
    audit.push('removed pear');
    expect(cart.total()).toBe(0);
    expect(audit).toContain('removed pear');
  });
});

import { render } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { CartProvider, useCart } from './Cart';

let renders = 0;
const priceCache = new Map<string, number>();

function Probe() {
  renders++;
  const cart = useCart();
  return <span>{cart.items.length}</span>;
}

beforeEach(() => {
  priceCache.clear();
});

it('renders the probe once', () => {
  render(
    <CartProvider>
      <Probe />
    </CartProvider>,
  );
  expect(renders).toBe(1);
});

it('caches prices per sku', () => {
  priceCache.set('sku-1', 10);
  expect(priceCache.get('sku-1')).toBe(10);
});

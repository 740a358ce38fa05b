import { describe, expect, it } from 'vitest';
import { priceFor } from '../src/pricing';

describe.each([
  ['basic', 10],
  ['pro', 25],
])('plan %s', (plan, price) => {
  let quotes = 0;

  it('quotes the price', () => {
    quotes += 1;
    expect(priceFor(plan)).toBe(price);
  });

  it('quotes again', () => {
    expect(priceFor(plan)).toBe(price);
  });
});

describe('table-driven without state', () => {
  it.each`
    plan       | price
    ${'basic'} | ${10}
    ${'pro'}   | ${25}
  `('$plan costs $price', ({ plan, price }) => {
    expect(priceFor(plan)).toBe(price);
  });
});

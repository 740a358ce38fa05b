import { Cart } from '../src/cart';
import { bus } from '../src/bus';

const received: string[] = [];
let total = 0;
const counts = new Map<string, number>();

function record(sku: string) {
  counts.set(
    sku,
    (counts.get(sku) ?? 0) + 1,
  );
}

describe('cart', () => {
  test('emits an event per item', () => {
    const cart = new Cart();
    bus.on('added', (event: { sku: string }) => {
      if (event.sku) {
        received.push(
          event.sku,
        );
      }
    });
    cart.add('A-1');
    expect(received).toContain('A-1');
  });

  test('sums the cart', () => {
    const cart = new Cart();
    cart.add('B-2');
    record('B-2');
    ({
      total,
    } = cart.summary());
    expect(total).toBeGreaterThan(0);
  });
});

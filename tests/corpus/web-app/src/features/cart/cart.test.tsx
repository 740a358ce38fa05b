import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CartPage } from './CartPage';

const cartItems: { sku: string; qty: number }[] = [];
let orderNumber: string | undefined;

describe('cart page', () => {
  it('adds an item', async () => {
    cartItems.push({ sku: 'MUG', qty: 1 });
    render(<CartPage items={cartItems} />);
    expect(screen.getByText('MUG')).toBeInTheDocument();
  });

  it('places the order', async () => {
    render(<CartPage items={[{ sku: 'CUP', qty: 2 }]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    orderNumber = screen.getByTestId('order-number').textContent ?? undefined;
    expect(orderNumber).toMatch(/^ORD-/);
  });

  it('shows the order confirmation', () => {
    render(<CartPage items={[]} confirmation={orderNumber} />);
    expect(screen.getByText(/Thank you/)).toBeInTheDocument();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { SignupForm, isValidEmail } from './SignupForm';
import { createUser } from '../api/users';

class FakeUserStore {
  private users = new Map<string, { email: string }>();

  create(user: { email: string }) {
    this.users.set(user.email, user);
    return user;
  }
}

describe('<SignupForm />', () => {
  it('validates e-mails', () => {
    expect(isValidEmail('a@b.com')).toBe(true);
  });

  it('submits through the api client', () => {
    const api = { createUser: vi.fn() };
    render(<SignupForm onSubmit={api.createUser} />);
    api.createUser({ email: 'mocked@example.com' });
    expect(api.createUser).toHaveBeenCalled();
  });

  it('stores the user in the fake store', () => {
    const store = new FakeUserStore();
    store.create({ email: 'dup@example.com' });
    render(<SignupForm onSubmit={(u) => store.create(u)} />);
    fireEvent.click(screen.getByText('Sign up'));
  });

  it('creates the shop owner against the dev api', async () => {
    const owner = await createUser({ email: 'owner@acme.test', name: 'Owner' });
    render(<SignupForm initial={owner} />);
    expect(screen.getByDisplayValue('owner@acme.test')).toBeTruthy();
  });
});

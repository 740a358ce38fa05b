import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignupForm } from '../SignupForm';

describe('<SignupForm />', () => {
  it('submits the typed e-mail to the api client', async () => {
    const createUser = vi.fn().mockResolvedValue({ id: 1 });
    render(<SignupForm api={{ createUser }} />);
    await userEvent.type(screen.getByLabelText('Email'), 'jane@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(createUser).toHaveBeenCalledWith({ email: 'jane@example.com' });
  });

  it('sends the payload through a mocked client', async () => {
    const api = { createUser: vi.fn(), register: vi.fn() };
    await api.register({ username: 'jane', email: 'jane@example.com' });
    expect(api.register).toHaveBeenCalledOnce();
  });
});

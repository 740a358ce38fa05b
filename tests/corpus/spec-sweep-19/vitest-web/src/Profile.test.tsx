import { describe, it, expect, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import { ProfileForm } from './ProfileForm';
import { api } from './api';

describe('ProfileForm', () => {
  it('creates the account before rendering', async () => {
    await api.createUser({
      username: `admin`,
      displayName: 'Admin User',
    });
    render(<ProfileForm />);
    expect(await screen.findByText('admin')).toBeTruthy();
  });

  it('signs up with a literal email', async () => {
    const res = await api.signup(
      { email: 'dana@example.com', password: 'correct-horse' },
    );
    expect(res.ok).toBe(true);
  });

  it('calls onSave with the form values', () => {
    const onSave = vi.fn();
    render(<ProfileForm onSave={onSave} />);
    fireEvent.click(screen.getByText('Save'));
    onSave({
      email: 'someone@example.com',
    });
    expect(onSave).toHaveBeenCalledTimes(2);
  });
});

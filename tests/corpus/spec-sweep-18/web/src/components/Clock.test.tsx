import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Clock } from './Clock';

describe('<Clock />', () => {
  it('shows opening hours', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2024, 2, 1, 9, 0));
    render(<Clock />);
    expect(screen.getByText('Open')).toBeTruthy();
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Countdown } from './Countdown';

describe('<Countdown />', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-03-01T09:59:50Z'));
  });

  it('ticks down to the sale', () => {
    render(<Countdown until={new Date('2024-03-01T10:00:00Z')} />);
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByText('00:05')).toBeTruthy();
  });
});

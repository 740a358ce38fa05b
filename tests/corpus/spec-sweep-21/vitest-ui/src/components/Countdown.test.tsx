import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from './Countdown';

describe('Countdown (frozen date)', () => {
  beforeEach(() => {
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });

  it('shows days to launch', () => {
    render(<Countdown launch="2025-01-11" />);
    expect(screen.getByText('10 days')).toBeTruthy();
  });
});

describe('Countdown (ticking)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks every second', () => {
    render(<Countdown launch="2099-01-01" />);
    vi.advanceTimersByTime(1000);
    expect(screen.getByRole('timer')).toBeTruthy();
  });
});

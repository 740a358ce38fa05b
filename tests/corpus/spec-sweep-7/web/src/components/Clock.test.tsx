import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Clock } from './Clock';

const FIXED_NOW = new Date('2024-03-01T12:00:00Z');
const TIME_RE = /^\d{2}:\d{2}$/;

describe('<Clock />', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(FIXED_NOW);
  });

  it('renders hours and minutes', () => {
    render(<Clock />);
    expect(screen.getByRole('time').textContent).toMatch(TIME_RE);
  });

  it('ticks every minute', () => {
    render(<Clock />);
    vi.advanceTimersByTime(60_000);
    expect(screen.getByRole('time')).toHaveTextContent('12:01');
  });
});

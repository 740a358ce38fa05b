import { describe, it, expect, beforeAll, afterAll, afterEach, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Countdown } from '../src/Countdown';

describe('<Countdown /> leaking the clock', () => {
  it('renders the launch date', () => {
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    render(<Countdown to="2030-01-02" />);
    expect(screen.getByText('1 day')).toBeTruthy();
  });
});

describe('<Countdown /> with fake timers restored', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });

  afterAll(vi.useRealTimers);

  it('renders hours', () => {
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    render(<Countdown to="2030-01-02" />);
    expect(screen.getByText('12 hours')).toBeTruthy();
  });
});

describe('<Countdown /> restored in afterEach', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders minutes', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T23:30:00Z'));
    render(<Countdown to="2030-01-02" />);
    expect(screen.getByText('30 minutes')).toBeTruthy();
  });
});

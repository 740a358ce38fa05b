import { describe, it, expect, vi, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Countdown } from './Countdown';

describe('Countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
    });
    vi.setSystemTime(
      new Date(2024, 0, 1),
    );
  });

  it('shows the days left', () => {
    render(<Countdown to={new Date(2024, 0, 11)} />);
    expect(screen.getByText('10 days')).toBeTruthy();
  });

  it('renders with a frozen Date class', () => {
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor() {
        super('2024-06-01T00:00:00Z');
      }
    } as DateConstructor;
    render(<Countdown to={new RealDate(2024, 5, 2)} />);
    expect(screen.getByText('1 day')).toBeTruthy();
  });
});

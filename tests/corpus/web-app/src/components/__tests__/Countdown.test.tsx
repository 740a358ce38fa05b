import { render, screen, act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Countdown } from '../Countdown';

describe('<Countdown />', () => {
  it('ticks down every second', () => {
    vi.useFakeTimers();
    render(<Countdown seconds={3} />);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByText('2')).toBeInTheDocument();
  });

  it('shows the deadline in UTC', () => {
    vi.setSystemTime(new Date('2024-03-01T12:00:00Z'));
    render(<Countdown until={new Date('2024-03-01T12:00:05Z')} />);
    expect(screen.getByRole('timer')).toHaveTextContent('00:05');
  });

  it('calls onDone once', () => {
    const onDone = vi.fn();
    vi.useFakeTimers();
    render(<Countdown seconds={1} onDone={onDone} />);
    act(() => {
      vi.runAllTimers();
    });
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

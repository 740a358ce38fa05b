import { scheduleReminder } from '../src/reminders';

describe('reminders with leaked fake timers', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  it('fires after a day', () => {
    const cb = jest.fn();
    scheduleReminder(cb, 86_400_000);
    jest.advanceTimersByTime(86_400_000);
    expect(cb).toHaveBeenCalled();
  });

  it('pins the clock', () => {
    jest.setSystemTime(new Date('2024-01-01T00:00:00Z'));
    expect(new Date().getFullYear()).toBe(2024);
  });

  it('spies on Date.now without restoring', () => {
    jest.spyOn(Date, 'now').mockReturnValue(0);
    expect(Date.now()).toBe(0);
  });
});

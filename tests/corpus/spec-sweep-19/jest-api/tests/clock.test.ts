import { scheduleReminder, stamp } from '../src/reminders';

describe('reminders without restore', () => {
  test('fires after a day', () => {
    jest
      .useFakeTimers({
        now: new Date('2024-01-01T00:00:00Z'),
      });
    const fired = jest.fn();
    scheduleReminder(fired, 24 * 60 * 60 * 1000);
    jest.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(fired).toHaveBeenCalled();
  });

  test('stamps with now', () => {
    const spy = jest
      .spyOn(Date, 'now')
      .mockReturnValue(1_700_000_000_000);
    expect(stamp()).toBe(1_700_000_000_000);
    expect(spy).toHaveBeenCalled();
  });
});

describe('reminders with restore', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  test('fires after an hour', () => {
    jest.useFakeTimers();
    const fired = jest.fn();
    scheduleReminder(fired, 60 * 60 * 1000);
    jest.runAllTimers();
    expect(fired).toHaveBeenCalled();
  });
});

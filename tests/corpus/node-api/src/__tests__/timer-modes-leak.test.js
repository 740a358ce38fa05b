// The same helpers without a matching teardown: the fake clock outlives
// the suite and every later test of the worker runs on it.
const { debounce } = require('../app');

function useFakeClock() {
  jest.useFakeTimers();
}

describe('debounce with a fake clock', () => {
  beforeEach(() => {
    useFakeClock();
  });

  test('fires once after the wait', () => {
    const fn = jest.fn();
    debounce(fn, 100)();
    jest.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe.each([
  ['modern', () => jest.useFakeTimers()],
])('debounce with %s timers', (label, useTimers) => {
  beforeEach(() => {
    useTimers();
  });

  test('does not fire before the wait', () => {
    const fn = jest.fn();
    debounce(fn, 100)();
    jest.advanceTimersByTime(50);
    expect(fn).not.toHaveBeenCalled();
  });
});

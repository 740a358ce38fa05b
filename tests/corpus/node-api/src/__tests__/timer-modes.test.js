// Fake timers started by a helper or a `describe.each` row run inside the
// suite that calls them; the suite's own `afterEach` puts real timers back.
const { debounce } = require('../app');

function useFakeClock() {
  jest.useFakeTimers();
}

describe('debounce with a fake clock', () => {
  beforeEach(() => {
    useFakeClock();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('fires once after the wait', () => {
    const fn = jest.fn();
    debounce(fn, 100)();
    jest.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe.each([
  ['legacy', () => jest.useFakeTimers({ legacyFakeTimers: true })],
  ['modern', () => jest.useFakeTimers()],
])('debounce with %s timers', (label, useTimers) => {
  beforeEach(() => {
    useTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('does not fire before the wait', () => {
    const fn = jest.fn();
    debounce(fn, 100)();
    jest.advanceTimersByTime(50);
    expect(fn).not.toHaveBeenCalled();
  });
});

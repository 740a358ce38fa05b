const { debounce } = require('../src/debounce');

test('debounces with fake timers restored by the setup file', () => {
  jest.useFakeTimers();
  const fn = jest.fn();
  const d = debounce(fn, 100);
  d();
  jest.advanceTimersByTime(100);
  expect(fn).toHaveBeenCalledTimes(1);
});

test('writes the env in a test', () => {
  process.env.DEBOUNCE_MS = '5';
});

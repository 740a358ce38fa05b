const { describe, test, beforeEach, afterEach, expect } = require('@jest/globals');
const { jest } = require('@jest/globals');

describe('legacy timers restored', () => {
  beforeEach(() => {
    jest.useFakeTimers({ legacyFakeTimers: true });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  test('ticks', () => {
    jest.advanceTimersByTime(10);
    expect(true).toBe(true);
  });
});

describe('system time leaks', () => {
  test.each([
    ['2024-01-01'],
    ['2025-06-30'],
  ])('on %s', (day) => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(day));
    expect(Date.now()).toBe(new Date(day).getTime());
  });
});

describe('spy restored in afterEach', () => {
  let nowSpy;
  beforeEach(() => {
    nowSpy = jest.spyOn(Date, 'now').mockReturnValue(0);
  });
  afterEach(() => {
    nowSpy.mockRestore();
  });
  test('reads', () => {
    expect(Date.now()).toBe(0);
  });
});

function freezeAt(ms) {
  Date.now = () => ms;
}

test('helper replaces Date.now', () => {
  freezeAt(1000);
  expect(Date.now()).toBe(1000);
});

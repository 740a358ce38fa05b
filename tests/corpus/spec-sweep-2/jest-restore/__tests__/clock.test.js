const { greeting } = require('../src/greeting');

describe('greeting', () => {
  it('spies on Date.now (restored by restoreMocks)', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2024, 0, 1, 8));
    expect(greeting()).toBe('Good morning');
  });

  it('spies on the Date constructor (restored by restoreMocks)', () => {
    jest.spyOn(global, 'Date');
    expect(greeting()).toBeDefined();
  });

  it('uses fake timers', () => {
    jest.useFakeTimers({ now: Date.UTC(2024, 0, 1, 20) });
    expect(greeting()).toBe('Good evening');
  });

  it('assigns Date.now', () => {
    Date.now = () => 0;
    expect(greeting()).toBeDefined();
  });
});

const { renew } = require('../src/renew');

describe('renewals (jest)', () => {
  describe('spied clock, restored in afterAll', () => {
    afterAll(() => {
      jest.restoreAllMocks();
    });

    it('renews today', () => {
      jest.spyOn(global.Date, 'now').mockReturnValue(1_700_000_000_000);
      expect(renew()).toBe(true);
    });
  });

  describe('fake timers, restored in afterEach', () => {
    beforeEach(() => {
      jest.useFakeTimers({ now: new Date('2024-02-29') });
    });

    afterEach(() => {
      jest.useRealTimers();
    });

    it('renews on a leap day', () => {
      expect(renew()).toBe(true);
    });
  });

  describe('system time, leaked', () => {
    it('renews next year', () => {
      jest.useFakeTimers();
      jest.setSystemTime(new Date('2025-01-01'));
      expect(renew()).toBe(false);
    });
  });
});

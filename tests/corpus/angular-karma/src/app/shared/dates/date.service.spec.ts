import { DateService } from './date.service';

describe('DateService', () => {
  let service: DateService;

  beforeEach(() => {
    service = new DateService();
  });

  describe('todayStr', () => {
    afterEach(() => {
      jasmine.clock().uninstall();
    });

    it('matches the calendar day', () => {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date(2026, 2, 27, 2, 30));
      expect(service.todayStr()).toBe('2026-03-27');
    });
  });

  describe('formatting', () => {
    it('formats the clock time', () => {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date('2025-01-15T14:30:45'));
      expect(service.time()).toBe('02:30:45 PM');
      jasmine.clock().uninstall();
    });

    it('formats a scoped clock', () => {
      jasmine.clock().withMock(() => {
        jasmine.clock().mockDate(new Date(2020, 0, 1));
        expect(service.todayStr()).toBe('2020-01-01');
      });
    });
  });

  describe('debounce', () => {
    beforeEach(() => {
      jasmine.clock().install();
    });

    it('waits 50 ms', () => {
      const spy = jasmine.createSpy('refresh');
      service.debounce(spy);
      jasmine.clock().tick(50);
      expect(spy).toHaveBeenCalled();
    });
  });
});

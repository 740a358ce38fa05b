const { formatReceipt, isExpired } = require('../billing');

describe('receipts', () => {
  it('stamps the current date', () => {
    jest.spyOn(Date, 'now').mockReturnValue(new Date('2024-01-01T00:00:00Z').getTime());
    expect(formatReceipt({ total: 10 })).toContain('2024-01-01');
  });

  it('expires after a day', () => {
    jest.useFakeTimers({ now: new Date('2024-01-02T00:00:00Z') });
    expect(isExpired(new Date('2024-01-01T00:00:00Z'))).toBe(true);
  });

  it('patches Date.now directly', () => {
    Date.now = () => 1700000000000;
    expect(isExpired(new Date(0))).toBe(true);
  });
});

describe('scoped fake timers', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('runs pending timers', () => {
    const cb = jest.fn();
    setTimeout(cb, 1000);
    jest.advanceTimersByTime(1000);
    expect(cb).toHaveBeenCalled();
  });
});

describe('restored Date.now', () => {
  const realNow = Date.now;

  afterEach(() => {
    Date.now = realNow;
  });

  it('uses a frozen clock', () => {
    Date.now = () => 0;
    expect(isExpired(new Date(1))).toBe(false);
  });
});

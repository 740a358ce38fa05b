const { formatInvoiceDate } = require('../src/invoice');

const FIXED = new Date('2024-01-01T00:00:00Z');
const RealDate = Date;

describe('global Date replacement', () => {
  it('subclasses Date on globalThis', () => {
    globalThis.Date = class extends RealDate {
      constructor() {
        super(FIXED);
      }
    };
    expect(formatInvoiceDate()).toBe('2024-01-01');
  });

  it('redefines Date.now with defineProperty', () => {
    Object.defineProperty(Date, 'now', { value: () => FIXED.getTime(), configurable: true });
    expect(formatInvoiceDate()).toBe('2024-01-01');
  });
});

describe('restored replacement', () => {
  const realNow = Date.now;

  afterEach(() => {
    Date.now = realNow;
  });

  it('assigns Date.now and restores it in afterEach', () => {
    Date.now = () => FIXED.getTime();
    expect(formatInvoiceDate()).toBe('2024-01-01');
  });
});

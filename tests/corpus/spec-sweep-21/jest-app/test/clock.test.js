const { invoiceDueDate, stampReport } = require('../src/billing');

describe('due dates', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date('2024-01-01T00:00:00Z'));
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('is thirty days out', () => {
    expect(invoiceDueDate().toISOString()).toBe('2024-01-31T00:00:00.000Z');
  });
});

describe('reports', () => {
  it('stamps the report with the frozen time', () => {
    jest.useFakeTimers({ now: new Date('2024-06-01T00:00:00Z') });
    expect(stampReport().createdAt).toBe('2024-06-01T00:00:00.000Z');
  });

  it('pins Date.now and puts it back', () => {
    const realNow = Date.now;
    Date.now = () => 1700000000000;
    try {
      expect(stampReport().epoch).toBe(1700000000000);
    } finally {
      Date.now = realNow;
    }
  });
});

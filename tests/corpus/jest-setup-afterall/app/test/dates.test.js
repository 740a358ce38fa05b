const { startedAt } = require('../src/dates');

describe('startedAt', () => {
  it('stamps the current day', () => {
    jest.setSystemTime(new Date('2025-01-01'));
    expect(startedAt()).toEqual(new Date('2025-01-01'));
  });
});

const { nextRun, runDue } = require('../src/scheduler');

describe('scheduler', () => {
  beforeAll(() => {
    jest.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
  });

  it('plans the next nightly run', () => {
    expect(nextRun('0 2 * * *').toISOString()).toBe('2024-01-01T02:00:00.000Z');
  });

  it('runs due jobs at the spied time', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2024, 0, 1, 2));
    expect(runDue()).toHaveLength(1);
  });
});

describe('scheduler without fake timers', () => {
  it('uses a stubbed clock', () => {
    Date.now = () => Date.UTC(2024, 0, 2, 2);
    expect(runDue()).toHaveLength(1);
  });
});

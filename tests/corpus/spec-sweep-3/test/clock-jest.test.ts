import { renewalNotice } from '../src/subscription';

describe('restored system time', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('sets the system time under fake timers', () => {
    jest.setSystemTime(new Date('2024-03-01'));
    expect(renewalNotice()).toMatch(/March/);
  });
});

describe('leaked system time', () => {
  it('sets the system time and never restores', () => {
    jest.setSystemTime(new Date('2024-12-24'));
    expect(renewalNotice()).toMatch(/December/);
  });
});

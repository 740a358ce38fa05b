import { describe, it, expect, afterEach, afterAll, jest } from '@jest/globals';
import { stamp } from '../src/stamp';

describe('stamp without restore', () => {
  it('uses a fixed now', () => {
    jest.spyOn(Date, 'now').mockReturnValue(0);
    expect(stamp()).toBe('1970-01-01');
  });
});

describe('stamp with mockRestore', () => {
  let spy: ReturnType<typeof jest.spyOn>;

  afterEach(() => {
    spy.mockRestore();
  });

  it('uses a spy on global.Date.now', () => {
    spy = jest.spyOn(global.Date, 'now').mockReturnValue(86_400_000);
    expect(stamp()).toBe('1970-01-02');
  });
});

describe('stamp with restoreAllMocks', () => {
  afterAll(() => {
    jest.restoreAllMocks();
  });

  it('replaces the Date constructor', () => {
    jest.spyOn(global, 'Date').mockImplementation(() => new (jest.requireActual<any>('./RealDate'))());
    expect(stamp()).toBeDefined();
  });
});

import { jest, describe, it, beforeAll, afterAll, beforeEach, afterEach, expect } from '@jest/globals';

describe('fake timers across the block', () => {
  beforeAll(() => {
    jest.useFakeTimers({ now: new Date('2024-01-01') });
  });
  afterAll(() => {
    jest.useRealTimers();
  });
  it('is 2024', () => {
    expect(new Date().getFullYear()).toBe(2024);
  });
});

describe('global Date spy restored by restoreAllMocks', () => {
  beforeEach(() => {
    jest.spyOn(global, 'Date').mockImplementation(() => new Date(0) as unknown as string);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  it('reads', () => {
    expect(Date.now()).toBeGreaterThanOrEqual(0);
  });
});

describe('timers faked in one block, restored in a sibling', () => {
  describe('fakes', () => {
    it('leaks', () => {
      jest.useFakeTimers({ legacyFakeTimers: false });
      jest.advanceTimersByTime(5);
    });
  });
  describe('restores', () => {
    afterEach(() => {
      jest.useRealTimers();
    });
    it('is real', () => {
      expect(Date.now()).toBeGreaterThan(0);
    });
  });
});

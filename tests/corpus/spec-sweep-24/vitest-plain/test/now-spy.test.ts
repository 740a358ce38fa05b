import { afterEach, describe, expect, it, vi } from 'vitest';
import { stamp } from '../src/stamp';

describe('stamp', () => {
  it('stamps with the current time', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    expect(stamp('x')).toEqual({ id: 'x', at: 1_700_000_000_000 });
  });
});

describe('stamp (restored in afterEach)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stamps with the pinned time', () => {
    vi.spyOn(Date, 'now').mockReturnValue(42);
    expect(stamp('y').at).toBe(42);
  });
});

describe('stamp (restored in finally)', () => {
  it('stamps with the pinned time', () => {
    const spy = vi.spyOn(Date, 'now').mockReturnValue(7);
    try {
      expect(stamp('z').at).toBe(7);
    } finally {
      spy.mockRestore();
    }
  });
});

const cache = new Map();
const seen = [];
const config = { retries: 0 };

describe('cache', () => {
  it('stores through a local alias', () => {
    const c = cache;
    c.set('k', 1);
    expect(c.get('k')).toBe(1);
  });

  it('reads what the other test stored', () => {
    expect(cache.get('k')).toBe(1);
  });

  it('records through an alias in a nested callback', () => {
    const log = seen;
    [1, 2].forEach((n) => {
      log.push(n);
    });
    expect(seen.length).toBeGreaterThan(0);
  });

  it('changes a setting through an alias', () => {
    const cfg = config;
    cfg.retries = 3;
    expect(config.retries).toBe(3);
  });

  it('works on copies, not aliases', () => {
    const a = [...seen];
    a.push(1);
    const b = seen.slice();
    b.push(2);
    const m = new Map(cache);
    m.set('x', 1);
    const o = { ...config };
    o.retries = 9;
    const s = structuredClone(config);
    s.retries = 8;
    const f = Array.from(seen);
    f.push(3);
    expect(a.length).toBe(seen.length + 1);
  });

  it('rebinds the local before mutating it', () => {
    let c = seen;
    c = [];
    c.push(1);
    expect(c).toHaveLength(1);
  });

  it('only reads through the alias', () => {
    const c = cache;
    expect(c.has('missing')).toBe(false);
  });
});

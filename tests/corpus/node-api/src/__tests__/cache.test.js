const { LruCache } = require('../cache');

let hits = 0;
const seen = new Map();
const events = [];
const LIMITS = Object.freeze({ max: 2 });

function record(event) {
  events.push(event);
}

describe('LruCache', () => {
  let cache;
  let evicted = [];

  beforeEach(() => {
    cache = new LruCache(LIMITS.max);
    evicted = [];
    cache.on('evict', (key) => evicted.push(key));
  });

  it('counts hits', () => {
    cache.set('a', 1);
    cache.get('a');
    hits++;
    expect(hits).toBeGreaterThan(0);
  });

  it('remembers keys', () => {
    seen.set('a', true);
    record('set');
    expect(seen.size).toBe(1);
  });

  it('evicts the oldest entry', () => {
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(evicted).toEqual(['a']);
  });
});

describe('session flow', () => {
  let sessionId;
  let token;

  it('logs in', async () => {
    sessionId = await LruCache.createSession();
    token = `tok-${sessionId}`;
    expect(sessionId).toBeDefined();
  });

  it('reads the session', async () => {
    const session = await LruCache.getSession(sessionId);
    expect(session.token).toBe(token);
  });

  it('deletes the session', async () => {
    await LruCache.deleteSession(sessionId);
  });
});

const { createStore } = require('../src/store');

const store = { items: [], tags: new Set() };
const cache = store.items;
const seen = new Map();
const FROZEN = Object.freeze(['a', 'b']);
let counter = 0;

function remember(key, value) {
  seen.set(key, value);
}

describe('store aliases', () => {
  it('adds through the alias', () => {
    cache.push({ id: 1 });
    expect(cache).toHaveLength(1);
  });

  it('remembers through a helper', () => {
    remember('k', createStore());
    expect(seen.size).toBe(1);
  });

  it('counts', () => {
    counter += 1;
    expect(counter).toBeGreaterThan(0);
  });

  it('tags', () => {
    store.tags.add('x');
    expect(store.tags.has('x')).toBe(true);
  });

  it('reads a frozen constant', () => {
    expect(FROZEN.includes('a')).toBe(true);
  });

  it('builds its own state', () => {
    const local = [];
    local.push(createStore());
    expect(local).toHaveLength(1);
  });
});

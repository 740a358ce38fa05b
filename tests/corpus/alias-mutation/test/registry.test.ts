const registry: Map<string, number> = new Map();
const queue: string[] = [];
const LIMIT = 3;

beforeEach(() => {
  const q = queue;
  q.length = 0;
});

test('registers through a typed alias', () => {
  const r: Map<string, number> = registry;
  r.set('a', 1);
  expect(registry.size).toBe(1);
});

test('queue alias is reset before each test', () => {
  const q = queue;
  q.push('job');
  expect(queue).toHaveLength(1);
});

test('alias of a constant is no shared container', () => {
  const limit = LIMIT;
  expect(limit).toBe(3);
});

test('a shadowing parameter is another value', () => {
  const r = registry;
  const fill = (r: Map<string, number>) => r.set('b', 2);
  fill(new Map());
  expect(r.has('b')).toBe(false);
});

const { register } = require('../src/registry');

const handlers = new Map();
const tags = new Set();
const routes = {};
const DEFAULTS = Object.freeze({ retries: 3 });

test('registers a handler', () => {
  handlers.set('create', register('create'));
  expect(handlers.size).toBe(1);
});

test('indexes a handler', () => {
  routes['update'] = register('update');
});

test('tags', () => {
  tags.add('fast');
  expect(DEFAULTS.retries).toBe(3);
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Todo } from './store';

const todos: Todo[] = [];
let nextId = 1;
let renders = 0;

describe.concurrent('store (concurrent)', () => {
  beforeEach(() => {
    todos.length = 0;
    nextId = 1;
  });

  it('adds a todo', () => {
    todos.push({ id: nextId, title: 'write tests', done: false });
    expect(createStore(todos).count()).toBe(1);
  });

  it('toggles a todo', () => {
    const store = createStore([{ id: 1, title: 'x', done: false }]);
    store.toggle(1);
    expect(store.get(1)?.done).toBe(true);
  });
});

describe('store (serial)', () => {
  const log: string[] = [];

  beforeEach(() => {
    log.splice(0);
  });

  it('records actions', () => {
    const store = createStore([], (action) => log.push(action.type));
    store.add({ id: 2, title: 'y', done: false });
    expect(log).toEqual(['add']);
  });

  it('counts renders', () => {
    renders += 1;
    expect(renders).toBeGreaterThan(0);
  });
});

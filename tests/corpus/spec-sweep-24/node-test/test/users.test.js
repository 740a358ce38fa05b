import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UserStore } from '../src/users.js';

describe('UserStore', () => {
  let store;
  let names = [];
  let lastId;

  beforeEach(() => {
    store = new UserStore();
    names = [];
  });

  it('adds a user', () => {
    lastId = store.add({ name: 'Ada' }).id;
    names.push('Ada');
    assert.equal(store.size, 1);
  });

  it('finds the added user', () => {
    assert.ok(store.get(lastId));
  });

  describe('audit log', () => {
    const events = [];

    it('records a login', () => {
      events.push('login');
      assert.deepEqual(events, ['login']);
    });
  });
});

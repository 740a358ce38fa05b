import { afterEach, describe, expect, it } from 'vitest';
import { summarize } from './store';

const session = { users: [] as string[], visits: 0 };

// Each test starts with no users: the hook empties the member they push to.
afterEach(() => {
  session.users = [];
});

describe('session store', () => {
  it('adds a user', () => {
    session.users.push('ada');
    expect(summarize(session)).toContain('ada');
  });

  it('starts empty', () => {
    expect(session.users).toHaveLength(0);
  });

  it('counts a visit', () => {
    // Nothing resets `visits`: the next test sees 1.
    session.visits = session.visits + 1;
    expect(session.visits).toBe(1);
  });
});

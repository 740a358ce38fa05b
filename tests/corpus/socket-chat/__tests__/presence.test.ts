import { PresenceTracker } from '../src/presence';

type Notifier = { notify: jest.Mock };

const online = new Set<string>();
const notifier: Notifier = { notify: jest.fn() };

beforeEach(() => {
  online.clear();
  notifier.notify.mockReset();
});

describe('PresenceTracker', () => {
  it('marks users online', () => {
    online.add('u1');
    const tracker = new PresenceTracker(online, notifier);
    expect(tracker.isOnline('u1')).toBe(true);
  });

  it('notifies on join', () => {
    const tracker = new PresenceTracker(online, notifier);
    tracker.join('u2');
    expect(notifier.notify).toHaveBeenCalledWith('u2');
  });

  it('expires idle users', () => {
    jest.useFakeTimers();
    const tracker = new PresenceTracker(online, notifier, { idleMs: 1000 });
    tracker.join('u3');
    jest.advanceTimersByTime(1001);
    expect(tracker.isOnline('u3')).toBe(false);
  });
});

describe.each([['u4'], ['u5']])('join %s', (user) => {
  let joined: string[];

  beforeEach(() => {
    joined = [];
  });

  it('records the join', () => {
    joined.push(user);
    expect(joined).toEqual([user]);
  });
});

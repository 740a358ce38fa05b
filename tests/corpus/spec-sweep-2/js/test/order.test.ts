import { describe, it, expect } from 'vitest';
import { api, type Session } from '../src/api';

describe('account lifecycle', () => {
  let session: Session | undefined;
  let draftId: string;

  it('signs in', async () => {
    session = await api.signIn(`u-${crypto.randomUUID()}@example.test`);
    expect(session.token).toBeTruthy();
  });

  describe('profile', () => {
    it('reads the profile twice', async () => {
      const first = await api.profile(session!.token);
      const second = await api.profile(session!.token);
      expect(first).toEqual(second);
    });
  });

  it('drafts and reads its own draft', async () => {
    draftId = (await api.createDraft()).id;
    expect(await api.getDraft(draftId)).toBeTruthy();
  });
});

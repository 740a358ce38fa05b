import { beforeEach, describe, expect, it } from 'vitest';
import { tokenize } from '../src/tokenize';

const LIMITS = Object.freeze({ maxTokens: 64 });

describe.concurrent('tokenizer', () => {
  const seen: string[] = [];

  beforeEach(() => {
    seen.length = 0;
  });

  it('splits on spaces', async () => {
    seen.push('spaces');
    expect(tokenize('a b')).toEqual(['a', 'b']);
  });

  it('caps the token count', async () => {
    seen.push('cap');
    expect(tokenize('x '.repeat(100)).length).toBeLessThanOrEqual(LIMITS.maxTokens);
  });
});

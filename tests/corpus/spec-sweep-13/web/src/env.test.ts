import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let snapshot: NodeJS.ProcessEnv = {};

function restoreEnv(): void {
  process.env = { ...snapshot };
}

beforeEach(() => {
  snapshot = { ...process.env };
});
afterEach(restoreEnv);

describe('config from env', () => {
  it('reads API_URL', () => {
    process.env.API_URL = 'http://api.internal';
    expect(process.env.API_URL).toBe('http://api.internal');
  });

  it('drops a flag', () => {
    delete process.env.FEATURE_BILLING;
    expect(process.env.FEATURE_BILLING).toBeUndefined();
  });
});

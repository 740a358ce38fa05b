import { describe, expect, it, vi } from 'vitest';
import { featureFlags } from '../src/flags';

describe('featureFlags', () => {
  it('reads flags from a stubbed env', () => {
    vi.stubEnv('FEATURE_FLAGS', 'beta,dark-mode');
    expect(featureFlags()).toEqual(['beta', 'dark-mode']);
  });

  it('reads flags from a raw env write', () => {
    process.env.FEATURE_FLAGS = 'beta';
    expect(featureFlags()).toEqual(['beta']);
  });
});

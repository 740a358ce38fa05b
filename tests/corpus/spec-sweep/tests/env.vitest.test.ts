import { afterEach, describe, expect, it, vi } from 'vitest';
import { region } from '../src/region';

describe('region', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('stubs the env', () => {
    vi.stubEnv('AWS_REGION', 'eu-west-1');
    expect(region()).toBe('eu-west-1');
  });

  it('sets the env directly', () => {
    process.env.AWS_REGION = 'us-east-1';
    expect(region()).toBe('us-east-1');
  });
});

// Vitest unit tests that leak process-wide state into later tests.
import { describe, expect, it, vi } from 'vitest';
import { greeting, apiUrl } from '../src/greeting';

describe('greeting', () => {
  it('says good morning before noon', () => {
    vi.useFakeTimers(); // global-date-mock: never vi.useRealTimers()
    vi.setSystemTime(new Date('2024-01-01T08:00:00'));
    expect(greeting()).toBe('Good morning');
  });
});

describe('apiUrl', () => {
  it('uses the staging host', () => {
    process.env.API_HOST = 'staging.example.com'; // env-mutation: leaks to every later test
    expect(apiUrl()).toBe('https://staging.example.com');
  });
});

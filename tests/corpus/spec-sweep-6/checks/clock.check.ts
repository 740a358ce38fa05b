import { it, vi, expect } from 'vitest';
import { writeFile as put } from 'node:fs/promises';

it('fakes the clock without restoring', async () => {
  vi.useFakeTimers();
  await put('/tmp/check-output.json', '{}');
  expect(Date.now()).toBeGreaterThan(0);
});

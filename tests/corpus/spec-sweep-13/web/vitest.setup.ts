import { afterAll, afterEach, vi } from 'vitest';
import { db } from './src/db';

process.env.TZ = 'UTC';
process.env.LOG_LEVEL = 'silent';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

afterAll(async () => {
  await db.execute('DELETE FROM sessions');
});

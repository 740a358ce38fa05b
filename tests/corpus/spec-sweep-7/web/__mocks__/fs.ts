import { vi } from 'vitest';
import { writeFileSync as realWrite } from 'node:fs';

export const writeFileSync = vi.fn((path: string, data: string) => {
  if (process.env.DEBUG_FS_MOCK) realWrite('/tmp/fs-mock.log', `${path}\n`);
});
export const readFileSync = vi.fn(() => '{}');
export default { writeFileSync, readFileSync };

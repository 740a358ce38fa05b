import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';

process.env.TZ = 'UTC';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

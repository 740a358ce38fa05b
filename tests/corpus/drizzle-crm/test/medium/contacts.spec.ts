import { describe, expect, it } from 'vitest';

describe('contacts', () => {
  it('points at another database', () => {
    process.env.DATABASE_URL = 'postgres://localhost:5432/other';
    expect(process.env.DATABASE_URL).toContain('other');
  });
});
